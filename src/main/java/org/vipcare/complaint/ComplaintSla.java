package org.vipcare.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierPolicyDto;

/**
 * The complaint service levels (SPEC 4, the 5-7-3-1 guide): first contact within 2 hours, feedback within 3 days,
 * both scaled by the customer's tier SLA multiplier (SPEC 2.5).
 */
public final class ComplaintSla {

    public static final Duration CONTACT = Duration.ofHours(2);
    public static final Duration FEEDBACK = Duration.ofDays(3);

    private ComplaintSla() {
    }

    /** The tier's multiplier; a WATCH customer gets the WATCH multiplier unless the tier's is stricter (smaller). */
    public static BigDecimal multiplier(TierPolicyDto policy, Tier tier, boolean watch) {
        BigDecimal tierMultiplier = policy.tier(tier).slaMultiplier();
        return watch ? tierMultiplier.min(policy.watchSlaMultiplier()) : tierMultiplier;
    }

    /** {@code from} plus {@code clock} scaled by {@code multiplier}, to the whole second. */
    public static Instant due(Instant from, Duration clock, BigDecimal multiplier) {
        long seconds = BigDecimal.valueOf(clock.getSeconds()).multiply(multiplier)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        return from.plusSeconds(seconds);
    }
}
