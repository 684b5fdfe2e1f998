package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tier of a policy version, as {@code GET /api/v1/tiers} shows it. */
@RegisterForReflection
@Schema(examples = TierExamples.TIER)
public record TierDto(Tier code, String name, String englishName, int rank, TierRule rule, Entitlements entitlements,
        BigDecimal slaMultiplier, int policyVersion) {
}
