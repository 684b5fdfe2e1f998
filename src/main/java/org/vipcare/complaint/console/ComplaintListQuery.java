package org.vipcare.complaint.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.complaint.ComplaintFilter;
import org.vipcare.console.lists.ListSort;

/**
 * The complaint list's filters and order as the browser sent them, parsed by the service's own rules (400 if
 * unreadable), and carried along by the column headers and the pager.
 *
 * @param ownerId whose complaints: blank for all the caller may read, {@value #MINE} for the caller's, or an id
 */
public record ComplaintListQuery(String status, String category, String overdue, String ownerId, String slaState,
        ListSort sort) {

    static final String MINE = "mine";
    /** The columns the list sorts by, as the API's sort fields; without one it is in queue order. */
    static final List<String> SORTS = List.of("receivedAt", "status");

    static ComplaintListQuery of(String status, String category, String overdue, String ownerId, String slaState,
            String sort) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("category", category);
        params.put("overdue", overdue);
        params.put("ownerId", ownerId);
        params.put("slaState", slaState);
        return new ComplaintListQuery(status, category, overdue, ownerId, slaState,
                ListSort.parse(sort, SORTS, ListSort.link("/admin/complaints", params)));
    }

    ComplaintFilter filter(UUID me) {
        return ComplaintFilter.parse(status, category, MINE.equals(ownerId) ? me.toString() : ownerId, overdue, null,
                null, null, slaState);
    }

    /** The list's address with these filters and order, ready for {@code page=N} to be appended. */
    public String pageBase() {
        return sort.pageBase();
    }
}
