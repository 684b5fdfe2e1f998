package org.vipcare.customer.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.console.lists.ListSort;
import org.vipcare.customer.CustomerFilter;

/**
 * The customer list's search, filters and order as the browser sent them: read by the service through
 * {@link #filter()}, echoed back into the filter form, and carried along by the column headers and the pager.
 *
 * @param manager whose customers: {@value #MINE} (the caller's, an agent's default), {@value #ALL} (a supervisor's
 *                default) or a manager's id
 */
public record CustomerListQuery(String q, String tier, String type, String lifecycleStage, String watch,
        String manager, UUID me, ListSort sort, String enterpriseClass, String contractEndsWithinDays,
        String healthBelow) {

    static final String MINE = "mine";
    static final String ALL = "all";
    /** The columns the list sorts by, as the API's sort fields; without one it is newest first. */
    static final List<String> SORTS = List.of("name", "valueClass", "joinedAt", "healthScore");

    /**
     * The query of a request. Without {@code managerId} an agent browses its own customers and others all; a search
     * ({@code q}) looks through the whole book, since whoever calls may be anyone's customer.
     */
    static CustomerListQuery of(String q, String tier, String type, String lifecycleStage, String watch,
            String managerId, String sort, UUID me, boolean mineByDefault, String enterpriseClass,
            String contractEndsWithinDays, String healthBelow) {
        boolean searching = q != null && !q.isBlank();
        String manager = managerId == null || managerId.isBlank() ? (mineByDefault && !searching ? MINE : ALL)
                : managerId.trim();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("tier", tier);
        params.put("type", type);
        params.put("lifecycleStage", lifecycleStage);
        params.put("watch", watch);
        params.put("managerId", manager);
        params.put("enterpriseClass", enterpriseClass);
        params.put("contractEndsWithinDays", contractEndsWithinDays);
        params.put("healthBelow", healthBelow);
        return new CustomerListQuery(q, tier, type, lifecycleStage, watch, manager, me,
                ListSort.parse(sort, SORTS, ListSort.link("/admin/customers", params)), enterpriseClass,
                contractEndsWithinDays, healthBelow);
    }

    /** Parsed by the service's own rules; a value no form offers gets the error page (400). */
    public CustomerFilter filter() {
        String managerId = switch (manager) {
            case MINE -> me.toString();
            case ALL -> null;
            default -> manager;
        };
        return CustomerFilter.parse(q, tier, watch, null, null, managerId, type, lifecycleStage)
                .withEnterpriseClass(enterpriseClass).withContractEndsWithinDays(contractEndsWithinDays)
                .withHealthBelow(healthBelow);
    }

    /** The pager's base: filters and order, ready for {@code page=N} to be appended. */
    public String pageBase() {
        return sort.pageBase();
    }

    /** The contract-ending choices the list offers, in days. */
    public List<Integer> contractDayChoices() {
        return List.of(30, 60, 90);
    }

    /** The health-below choices the list offers. */
    public List<Integer> healthChoices() {
        return List.of(40, 60, 80);
    }

    public boolean isManager(String choice) {
        return manager.equals(choice);
    }
}
