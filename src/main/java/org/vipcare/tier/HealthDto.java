package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's health score as the last evaluation left it, with the components it was summed from. */
@RegisterForReflection
@Schema(name = "CustomerHealth", examples = TierExamples.HEALTH)
public record HealthDto(
        @Schema(description = "0-100; null before the customer's first evaluation") Integer score,
        @Schema(description = "Against the previous evaluation: UP or DOWN by 5 or more, else FLAT (also after the "
                + "first one); null before the first evaluation") HealthTrend trend,
        @Schema(description = "When the evaluation that computed the score ran (its as-of time); null before the "
                + "first evaluation") Instant evaluatedAt,
        @Schema(description = "The score before this one; null after the first evaluation") Integer previousScore,
        @Schema(description = "Every component in SPEC order; empty before the first evaluation")
        List<Component> components) {

    /** The score of a customer not evaluated yet. */
    static final HealthDto NONE = new HealthDto(null, null, null, null, List.of());

    @RegisterForReflection
    @Schema(name = "CustomerHealthComponent")
    public record Component(HealthComponent name,
            @Schema(description = "Percent of the score, from the policy version that evaluated", examples = "25")
            int weight,
            @Schema(description = "The component's own value, 0-100", examples = "80") int value,
            @Schema(description = "weight x value / 100: the points it adds to the score (the score is the rounded "
                    + "sum)", examples = "20.00") BigDecimal contribution) {
    }
}
