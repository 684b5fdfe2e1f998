package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole policy version: window, WATCH settings and the four tiers by rank. */
@RegisterForReflection
@Schema(examples = TierExamples.POLICY)
public record TierPolicyDto(int version, int windowDays, BigDecimal watchDropRatio, BigDecimal watchSlaMultiplier,
        Instant createdAt, String createdBy, String note, List<TierDto> tiers) {

    public TierDto tier(Tier code) {
        return tiers.stream().filter(t -> t.code() == code).findFirst().orElseThrow();
    }
}
