package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.common.ProblemException;

/**
 * The weights of the six health components in percent (docs/rules.md "Health score"); they add up to 100. The SPEC's
 * defaults are {@link #DEFAULTS}.
 */
@RegisterForReflection
@Schema(description = "Weight of each health component in percent, whole numbers adding up to 100",
        examples = TierExamples.HEALTH_WEIGHTS)
public record HealthWeights(
        @NotNull @Min(0) @Max(100) Integer recency,
        @NotNull @Min(0) @Max(100) Integer spendTrend,
        @NotNull @Min(0) @Max(100) Integer complaints,
        @NotNull @Min(0) @Max(100) Integer satisfaction,
        @NotNull @Min(0) @Max(100) Integer retention,
        @NotNull @Min(0) @Max(100) Integer tenure) {

    public static final HealthWeights DEFAULTS = new HealthWeights(25, 25, 20, 15, 10, 5);

    public int sum() {
        return recency + spendTrend + complaints + satisfaction + retention + tenure;
    }

    /** 400 unless the six add up to 100. */
    void requireWhole() {
        if (sum() != 100) {
            throw ProblemException.invalid("healthWeights", "tier.health-weights.sum",
                    "must add up to 100; these add up to " + sum());
        }
    }

    /** The weight of one component. */
    public int of(HealthComponent component) {
        return switch (component) {
            case RECENCY -> recency;
            case SPEND_TREND -> spendTrend;
            case COMPLAINTS -> complaints;
            case SATISFACTION -> satisfaction;
            case RETENTION -> retention;
            case TENURE -> tenure;
        };
    }
}
