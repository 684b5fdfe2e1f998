package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Retention results of the cases opened in [from, to): retentionRate = (retained + partial) / closed, with 4
 * decimals, null when none closed. Groups without a value (no real reason, no agreement, no score, no manager) have
 * the key NONE.
 */
@RegisterForReflection
@Schema(examples = RetentionExamples.STATS)
public record RetentionStatsDto(Instant from, Instant to, UUID managerId, Group overall, List<Group> byRealReason,
        List<Group> byOfferKind, List<Group> byScoreBand, List<Group> byAgent, ReasonGap statedVsReal) {

    @RegisterForReflection
    public record Group(String key, long opened, long open, long closed, long retained, long partial, long lost,
            BigDecimal retentionRate) {
    }

    /**
     * How often the first reason was not the real one, among probed cases with a stated reason: a stated reason
     * differs unless it is the real reason's code (case-insensitive); words count as different.
     */
    @RegisterForReflection
    public record ReasonGap(long probed, long compared, long differing, BigDecimal rate) {
    }
}
