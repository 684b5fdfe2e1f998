package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the book splits over tiers, classes and loyalty types, and what the ABCD shares mean in call hours. */
@RegisterForReflection
@Schema(examples = TierExamples.DISTRIBUTION)
public record TierDistribution(long total, Map<Tier, Long> tiers, long watch, Map<ValueClass, Long> valueClasses,
        Map<LoyaltyType, Long> loyaltyTypes, int monthlyCallHours, long managers, List<ServiceTime> serviceTime) {

    /**
     * A class's share of a manager's call time: hours per manager per month, and minutes per customer per month
     * when every manager spends that share on the class (null when the class is empty).
     */
    @RegisterForReflection
    public record ServiceTime(ValueClass valueClass, int sharePercent, BigDecimal hoursPerManagerMonth,
            long customers, BigDecimal minutesPerCustomerMonth) {
    }
}
