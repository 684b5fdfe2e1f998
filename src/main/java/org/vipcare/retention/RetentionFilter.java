package org.vipcare.retention;

import java.time.Instant;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.common.SqlList;
import org.vipcare.common.Text;

/** The filters of the retention case list, turned into one SQL condition with named parameters. */
public record RetentionFilter(RetentionStage stage, RetentionOutcome outcome, String reason, UUID managerId,
        UUID customerId, Instant from, Instant to) {

    public static final RetentionFilter NONE = new RetentionFilter(null, null, null, null, null, null, null);

    /** {@code from} and {@code to} come read by {@link QueryParams#instant}: a plain date is a business day. */
    public static RetentionFilter parse(String stage, String outcome, String reason, String managerId,
            String customerId, Instant from, Instant to) {
        String given = Text.trimToNull(reason);
        String code = given == null ? null : given.toUpperCase();
        RetentionFilter filter = new RetentionFilter(QueryParams.enumValue("stage", RetentionStage.class, stage),
                QueryParams.enumValue("outcome", RetentionOutcome.class, outcome), code,
                QueryParams.uuid("managerId", managerId), QueryParams.uuid("customerId", customerId), from, to);
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw ProblemException.invalid("to", "common.to-not-after-from", "must be after from");
        }
        return filter;
    }

    /** Who the rows are limited to: everyone's, an agent's (worked, opened or of its customers), an integrator's. */
    public record Visibility(UUID agent, UUID opener) {
        public static final Visibility ALL = new Visibility(null, null);
    }

    public SqlList toSql(Visibility visibility) {
        return new SqlList()
                .andIfGiven("(rc.manager_id = :agent or rc.opened_by = :agent"
                        + " or rc.customer_id in (select id from customer where manager_id = :agent))", "agent",
                        visibility.agent())
                .andIfGiven("rc.opened_by = :opener", "opener", visibility.opener())
                .andIfGiven("rc.stage = :stage", "stage", stage)
                .andIfGiven("rc.outcome = :outcome", "outcome", outcome)
                .andIfGiven("rc.real_reason = :reason", "reason", reason)
                .andIfGiven("rc.manager_id = :managerId", "managerId", managerId)
                .andIfGiven("rc.customer_id = :customerId", "customerId", customerId)
                .andIfGiven("rc.opened_at >= :from", "from", from)
                .andIfGiven("rc.opened_at < :to", "to", to);
    }
}
