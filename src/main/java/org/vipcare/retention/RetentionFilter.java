package org.vipcare.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;

/** The filters of the retention case list, turned into one SQL condition with numbered parameters. */
public record RetentionFilter(RetentionStage stage, RetentionOutcome outcome, String reason, UUID managerId,
        UUID customerId, Instant from, Instant to) {

    /** {@code from} and {@code to} come read by {@link QueryParams#instant}: a plain date is a business day. */
    public static RetentionFilter parse(String stage, String outcome, String reason, String managerId,
            String customerId, Instant from, Instant to) {
        String code = reason == null || reason.isBlank() ? null : reason.trim().toUpperCase();
        RetentionFilter filter = new RetentionFilter(QueryParams.enumValue("stage", RetentionStage.class, stage),
                QueryParams.enumValue("outcome", RetentionOutcome.class, outcome), code,
                QueryParams.uuid("managerId", managerId), QueryParams.uuid("customerId", customerId), from, to);
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return filter;
    }

    /** Who the rows are limited to: everyone's, an agent's (worked, opened or of its customers), an integrator's. */
    public record Visibility(UUID agent, UUID opener) {
        public static final Visibility ALL = new Visibility(null, null);
    }

    public record Condition(String sql, List<Object> params) {
    }

    public Condition toSql(Visibility visibility) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (visibility.agent() != null) {
            params.add(visibility.agent());
            where.add(("(rc.manager_id = ?n or rc.opened_by = ?n"
                    + " or rc.customer_id in (select id from customer where manager_id = ?n))")
                    .replace("?n", "?" + params.size()));
        }
        if (visibility.opener() != null) {
            params.add(visibility.opener());
            where.add("rc.opened_by = ?" + params.size());
        }
        add(where, params, "rc.stage = ?", stage == null ? null : stage.name());
        add(where, params, "rc.outcome = ?", outcome == null ? null : outcome.name());
        add(where, params, "rc.real_reason = ?", reason);
        add(where, params, "rc.manager_id = ?", managerId);
        add(where, params, "rc.customer_id = ?", customerId);
        add(where, params, "rc.opened_at >= ?", from);
        add(where, params, "rc.opened_at < ?", to);
        return new Condition(where.isEmpty() ? "true" : String.join(" and ", where), params);
    }

    private static void add(List<String> where, List<Object> params, String sql, Object value) {
        if (value != null) {
            params.add(value);
            where.add(sql + params.size());
        }
    }
}
