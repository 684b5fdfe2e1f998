package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = TierExamples.HISTORY_ENTRY)
public record TierHistoryDto(Tier fromTier, Tier toTier,
        @Schema(description = "Why, in English; for other languages render from cause and the figures")
        String reason,
        Integer policyVersion, Instant changedAt,
        @Schema(description = "Why, as a code; null on early entries whose reason could not be read back")
        TierChangeCause cause,
        @Schema(description = "EVALUATION: the customer's spend in the evaluation window")
        BigDecimal windowSpend,
        @Schema(description = "EVALUATION: the population's average spend in the window")
        BigDecimal averageSpend,
        @Schema(description = "EVALUATION: the customer's visits in the window")
        Integer windowVisits,
        @Schema(description = "EVALUATION: the population's average visits in the window")
        BigDecimal averageVisits) {

    public static TierHistoryDto from(TierHistory h) {
        return new TierHistoryDto(h.fromTier, h.toTier, h.reason, h.policyVersion, h.changedAt, h.cause,
                h.windowSpend, h.averageSpend, h.windowVisits, h.averageVisits);
    }
}
