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

    /** {@code from} and {@code to} come read by {@link QueryParams#instant}: a plain date is a business day. */
    public static ComplaintFilter parse(String status, String category, String ownerId, String overdue,
            String customerId, Instant from, Instant to, String slaState) {
        String code = category == null || category.isBlank() ? null : category.trim().toUpperCase();
        ComplaintFilter filter = new ComplaintFilter(QueryParams.enumValue("status", ComplaintStatus.class, status),
                code, QueryParams.uuid("ownerId", ownerId), QueryParams.bool("overdue", overdue),
                QueryParams.uuid("customerId", customerId), from, to,
                QueryParams.enumValue("slaState", ComplaintSlaState.class, slaState));
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return filter;
    }

    public record Condition(String sql, List<Object> params) {
    }

    /**
     * Overdue means a clock is still running past its due time now (what the breach detector will mark, or has).
     * {@code visibleTo}, when set, limits the rows to those an agent may read.
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
            String late = "(c.status <> 'CLOSED' and c.next_due_at < ?" + params.size() + ")";
            where.add(overdue ? late : "not coalesce(" + late + ", false)");
        }
        if (slaState != null) {
            params.add(now);
            where.add(slaCondition(slaState).replace("?n", "?" + params.size()));
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

    // One clock's state in SQL, as ComplaintSla.state decides it in Java; ?n stands for now.
    private static String breached(String clock, String satisfiedAt) {
        return "(c." + clock + "_breached or c." + clock + "_on_time is false or (c." + satisfiedAt + " is null and c."
                + clock + "_due_at < ?n))";
    }

    private static String warning(String clock, String satisfiedAt) {
        return "(c." + satisfiedAt + " is null and c." + clock + "_warn_at <= ?n)";
    }
}
