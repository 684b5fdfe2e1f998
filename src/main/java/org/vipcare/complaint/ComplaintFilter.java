package org.vipcare.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;

/** The filters of the complaint list, turned into one SQL condition with numbered parameters. */
public record ComplaintFilter(ComplaintStatus status, String category, UUID ownerId, Boolean overdue, UUID customerId,
        Instant from, Instant to, ComplaintSlaState slaState) {

    public static ComplaintFilter parse(String status, String category, String ownerId, String overdue,
            String customerId, String from, String to, String slaState) {
        String code = category == null || category.isBlank() ? null : category.trim().toUpperCase();
        ComplaintFilter filter = new ComplaintFilter(QueryParams.enumValue("status", ComplaintStatus.class, status),
                code, QueryParams.uuid("ownerId", ownerId), QueryParams.bool("overdue", overdue),
                QueryParams.uuid("customerId", customerId), QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.enumValue("slaState", ComplaintSlaState.class, slaState));
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return filter;
    }

    public record Condition(String sql, List<Object> params) {
    }

    /**
     * Overdue and SLA state as {@link ComplaintSla} decides them. {@code visibleTo}, when set, limits the rows to those
     * an agent may read.
     */
    public Condition toSql(Instant now, UUID visibleTo) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (visibleTo != null) {
            where.add(("(c.owner_id = ?n or c.first_receiver_id = ?n"
                    + " or c.customer_id in (select id from customer where manager_id = ?n))")
                    .replace("?n", "?" + (params.size() + 1)));
            params.add(visibleTo);
        }
        if (status != null) {
            params.add(status.name());
            where.add("c.status = ?" + params.size());
        }
        if (category != null) {
            params.add(category);
            where.add("c.category = ?" + params.size());
        }
        if (ownerId != null) {
            params.add(ownerId);
            where.add("c.owner_id = ?" + params.size());
        }
        if (overdue != null) {
            params.add(now);
            String late = ComplaintSla.OVERDUE_SQL.replace("?n", "?" + params.size());
            where.add(overdue ? late : "not coalesce(" + late + ", false)");
        }
        if (slaState != null) {
            params.add(now);
            where.add(ComplaintSla.stateSql(slaState).replace("?n", "?" + params.size()));
        }
        if (customerId != null) {
            params.add(customerId);
            where.add("c.customer_id = ?" + params.size());
        }
        if (from != null) {
            params.add(from);
            where.add("c.received_at >= ?" + params.size());
        }
        if (to != null) {
            params.add(to);
            where.add("c.received_at < ?" + params.size());
        }
        return new Condition(where.isEmpty() ? "true" : String.join(" and ", where), params);
    }
}
