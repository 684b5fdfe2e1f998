package org.vipcare.complaint;

import java.time.Instant;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.common.SqlList;
import org.vipcare.common.Text;

/** The filters of the complaint list, turned into one SQL condition with named parameters. */
public record ComplaintFilter(ComplaintStatus status, String category, UUID ownerId, Boolean overdue, UUID customerId,
        Instant from, Instant to, ComplaintSlaState slaState) {

    /** {@code from} and {@code to} come read by {@link QueryParams#instant}: a plain date is a business day. */
    public static ComplaintFilter parse(String status, String category, String ownerId, String overdue,
            String customerId, Instant from, Instant to, String slaState) {
        String given = Text.trimToNull(category);
        String code = given == null ? null : given.toUpperCase();
        ComplaintFilter filter = new ComplaintFilter(QueryParams.enumValue("status", ComplaintStatus.class, status),
                code, QueryParams.uuid("ownerId", ownerId), QueryParams.bool("overdue", overdue),
                QueryParams.uuid("customerId", customerId), from, to,
                QueryParams.enumValue("slaState", ComplaintSlaState.class, slaState));
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ProblemException.invalid("to", "common.to-not-after-from", "must be after from");
        }
        return filter;
    }

    /**
     * Overdue and SLA state as {@link ComplaintSla} decides them. {@code visibleTo}, when set, limits the rows to those
     * an agent may read.
     */
    public SqlList toSql(Instant now, UUID visibleTo) {
        SqlList where = new SqlList();
        // An agent's own complaints (ownerId = the agent: My day) are visible by that filter alone; the clause would
        // only make the database read every one of them to check the other two ways of seeing one.
        where.andIfGiven("(c.owner_id = :viewer or c.first_receiver_id = :viewer"
                + " or c.customer_id in (select id from customer where manager_id = :viewer))", "viewer",
                visibleTo == null || visibleTo.equals(ownerId) ? null : visibleTo);
        where.andIfGiven("c.status = :status", "status", status);
        where.andIfGiven("c.category = :category", "category", category);
        where.andIfGiven("c.owner_id = :ownerId", "ownerId", ownerId);
        if (overdue != null) {
            String late = ComplaintSla.OVERDUE_SQL;
            where.and(overdue ? late : "not coalesce(" + late + ", false)", "now", now);
        }
        if (slaState != null) {
            where.and(ComplaintSla.stateSql(slaState), "now", now);
        }
        where.andIfGiven("c.customer_id = :customerId", "customerId", customerId);
        where.andIfGiven("c.received_at >= :from", "from", from);
        where.andIfGiven("c.received_at < :to", "to", to);
        return where;
    }
}
