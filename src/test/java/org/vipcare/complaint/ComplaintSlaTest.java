package org.vipcare.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierPolicyDto;

/** SLA maths with the SPEC's default multipliers: exact due times per tier and WATCH. */
class ComplaintSlaTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T08:00:00Z");

    private static final TierPolicyDto DEFAULTS = new TierPolicyDto(1, 365, new BigDecimal("0.5"),
            new BigDecimal("0.75"), RECEIVED, "test", null, List.of(
                    tier(Tier.DIAMOND, "0.50"), tier(Tier.GOLD, "0.75"), tier(Tier.SILVER, "1.00"),
                    tier(Tier.ORDINARY, "1.00")));

    @ParameterizedTest
    @CsvSource({
            "DIAMOND, false, 0.50, 2026-11-23T09:00:00Z, 2026-11-24T20:00:00Z",
            "GOLD, false, 0.75, 2026-11-23T09:30:00Z, 2026-11-25T14:00:00Z",
            "SILVER, false, 1.00, 2026-11-23T10:00:00Z, 2026-11-26T08:00:00Z",
            "ORDINARY, false, 1.00, 2026-11-23T10:00:00Z, 2026-11-26T08:00:00Z",
            // WATCH uses 0.75 unless the tier is stricter
            "SILVER, true, 0.75, 2026-11-23T09:30:00Z, 2026-11-25T14:00:00Z",
            "GOLD, true, 0.75, 2026-11-23T09:30:00Z, 2026-11-25T14:00:00Z",
            "DIAMOND, true, 0.50, 2026-11-23T09:00:00Z, 2026-11-24T20:00:00Z" })
    void dueTimesScaleWithTheTierMultiplier(Tier tier, boolean watch, BigDecimal multiplier, Instant contactDue,
            Instant feedbackDue) {
        BigDecimal m = ComplaintSla.multiplier(DEFAULTS, tier, watch);
        assertEquals(0, multiplier.compareTo(m), "multiplier " + m);
        assertEquals(contactDue, ComplaintSla.due(RECEIVED, ComplaintSla.CONTACT, m));
        assertEquals(feedbackDue, ComplaintSla.due(RECEIVED, ComplaintSla.FEEDBACK, m));
    }

    @ParameterizedTest
    @CsvSource({ "0.33, 2376", "1.25, 9000", "2.00, 14400" })
    void oddMultipliersRoundToTheSecond(BigDecimal multiplier, long contactSeconds) {
        assertEquals(RECEIVED.plusSeconds(contactSeconds), ComplaintSla.due(RECEIVED, ComplaintSla.CONTACT, multiplier));
    }

    private static TierDto tier(Tier code, String sla) {
        return new TierDto(code, code.chineseName, code.englishName, code.rank, null, null, new BigDecimal(sla), 1);
    }
}
