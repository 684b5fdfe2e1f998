package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What a tier gives the customer (SPEC 2.5). */
@RegisterForReflection
public record Entitlements(boolean dedicatedManager, @Min(0) @Max(365) int loungeVisitsPerYear,
        boolean clubActivities) {
}
