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
            throw ProblemException.invalid("to", "must be after from");
        }
        return filter;
    }

    /**
     * Overdue means a clock is still running past its due time now (what the breach detector will mark, or has).
     * {@code visibleTo}, when set, limits the rows to those an agent may read.
     */
    public SqlList toSql(Instant now, UUID visibleTo) {
        SqlList where = new SqlList();
        where.andIfGiven("(c.owner_id = :viewer or c.first_receiver_id = :viewer"
                + " or c.customer_id in (select id from customer where manager_id = :viewer))", "viewer", visibleTo);
        where.andIfGiven("c.status = :status", "status", status);
        where.andIfGiven("c.category = :category", "category", category);
        where.andIfGiven("c.owner_id = :ownerId", "ownerId", ownerId);
        if (overdue != null) {
            String late = "(c.status <> 'CLOSED' and c.next_due_at < :now)";
            where.and(overdue ? late : "not coalesce(" + late + ", false)", "now", now);
        }
        if (slaState != null) {
            where.and(slaCondition(slaState), "now", now);
        }
        where.andIfGiven("c.customer_id = :customerId", "customerId", customerId);
        where.andIfGiven("c.received_at >= :from", "from", from);
        where.andIfGiven("c.received_at < :to", "to", to);
        return where;
    }

    /** The complaint's state is its more urgent clock's: BREACHED, then WARNING, ON_TRACK, MET. */
    static String slaCondition(ComplaintSlaState state) {
        String breached = "(" + breached("contact", "contacted_at") + " or " + breached("feedback", "feedback_at") + ")";
        String warning = "(" + warning("contact", "contacted_at") + " or " + warning("feedback", "feedback_at") + ")";
        String running = "(c.contacted_at is null or c.feedback_at is null)";
        return switch (state) {
            case BREACHED -> breached;
            case WARNING -> "(not " + breached + " and " + warning + ")";
            case ON_TRACK -> "(not " + breached + " and not " + warning + " and " + running + ")";
            case MET -> "(not " + breached + " and not " + running + ")";
        };
    }

    // One clock's state in SQL, as ComplaintSla.state decides it in Java.
    private static String breached(String clock, String satisfiedAt) {
        return "(c." + clock + "_breached or c." + clock + "_on_time is false or (c." + satisfiedAt + " is null and c."
                + clock + "_due_at < :now))";
    }

    private static String warning(String clock, String satisfiedAt) {
        return "(c." + satisfiedAt + " is null and c." + clock + "_warn_at <= :now)";
    }
}
