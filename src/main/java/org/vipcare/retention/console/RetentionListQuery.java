package org.vipcare.retention.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.Text;
import org.vipcare.console.lists.ListSort;

/**
 * The case list's filters and order as the browser sent them, carried along by the column headers and the pager.
 *
 * @param manager whose cases: blank for every case the caller may read, {@value #MINE} for the caller's, or an id
 */
public record RetentionListQuery(String stage, String outcome, String reason, String manager, ListSort sort) {

    static final String MINE = "mine";
    /** The columns the case list sorts by, as the API's sort fields; without one it is newest first. */
    static final List<String> SORTS = List.of("stage", "retentionScore", "openedAt");

    static RetentionListQuery of(String stage, String outcome, String reason, String managerId, String sort) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("stage", stage);
        params.put("outcome", outcome);
        params.put("reason", reason);
        params.put("managerId", managerId);
        return new RetentionListQuery(Text.trimToNull(stage), Text.trimToNull(outcome), Text.trimToNull(reason),
                Text.trimToNull(managerId), ListSort.parse(sort, SORTS, ListSort.link("/admin/retention", params)));
    }

    /** The {@code managerId} filter for the service: the caller's id for {@value #MINE}. */
    String managerFilter(UUID me) {
        return MINE.equals(manager) ? me.toString() : manager;
    }

    public boolean isManager(String choice) {
        return choice == null ? manager == null : choice.equals(manager);
    }
}
