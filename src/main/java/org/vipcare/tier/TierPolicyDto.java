package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole policy version: window, WATCH settings, the four tiers by rank, and the health weights and threshold. */
@RegisterForReflection
@Schema(examples = TierExamples.POLICY)
public record TierPolicyDto(int version, int windowDays, BigDecimal watchDropRatio, BigDecimal watchSlaMultiplier,
        Instant createdAt, String createdBy, String note, List<TierDto> tiers, HealthWeights healthWeights,
        @Schema(description = "HEALTH_DROP when a DIAMOND or GOLD customer's score falls below this", examples = "40")
        int healthDropThreshold) {

    /** The policy with the SPEC's health weights and threshold. */
    public TierPolicyDto(int version, int windowDays, BigDecimal watchDropRatio, BigDecimal watchSlaMultiplier,
            Instant createdAt, String createdBy, String note, List<TierDto> tiers) {
        this(version, windowDays, watchDropRatio, watchSlaMultiplier, createdAt, createdBy, note, tiers,
                HealthWeights.DEFAULTS, 40);
    }

    public TierDto tier(Tier code) {
        return tiers.stream().filter(t -> t.code() == code).findFirst().orElseThrow();
    }
}
