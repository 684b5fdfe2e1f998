package org.vipcare.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vipcare.calendar.BusinessCalendar;
import org.vipcare.common.VipCareConfig.SlaTime;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierPolicyDto;

/** SLA maths with the SPEC's default multipliers: exact due times per tier and WATCH, in wall and working time. */
class ComplaintSlaTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar WEEKDAYS = BusinessCalendar.mondayToFriday(SHANGHAI, Map.of());
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

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({
            // Monday 10:00 Shanghai: 2 working hours and 3 working days (27 h) of Mon–Fri 09:00–18:00
            "2026-11-23T10:00, 1.00, 2026-11-23T11:30, 2026-11-23T12:00, 2026-11-25T12:15, 2026-11-26T10:00",
            // Friday 17:00: the weekend does not count
            "2026-11-27T17:00, 1.00, 2026-11-30T09:30, 2026-11-30T10:00, 2026-12-02T10:15, 2026-12-02T17:00",
            // GOLD 0.75 from Friday 17:00: 1.5 h and 20.25 h of working time
            "2026-11-27T17:00, 0.75, 2026-11-30T09:07:30, 2026-11-30T09:30, 2026-12-01T14:11:15, 2026-12-02T10:15",
            // received on Saturday night: the clocks start Monday 09:00
            "2026-11-28T22:00, 0.50, 2026-11-30T09:45, 2026-11-30T10:00, 2026-12-01T10:07:30, 2026-12-01T13:30" })
    void workingTimeClocksSkipClosedHours(String received, BigDecimal multiplier, String contactWarn,
            String contactDue, String feedbackWarn, String feedbackDue) {
        Instant from = local(received);
        ComplaintSla.Deadline contact = ComplaintSla.deadline(from, ComplaintSla.CONTACT, multiplier,
                SlaTime.WORKING, () -> WEEKDAYS);
        ComplaintSla.Deadline feedback = ComplaintSla.deadline(from, ComplaintSla.FEEDBACK, multiplier,
                SlaTime.WORKING, () -> WEEKDAYS);
        assertEquals(new ComplaintSla.Deadline(local(contactWarn), local(contactDue)), contact);
        assertEquals(new ComplaintSla.Deadline(local(feedbackWarn), local(feedbackDue)), feedback);
    }

    @Test
    void wallClockClocksNeverLoadTheCalendarAndWarnAtThreeQuarters() {
        ComplaintSla.Deadline contact = ComplaintSla.deadline(RECEIVED, ComplaintSla.CONTACT, BigDecimal.ONE,
                SlaTime.WALL, () -> fail("the calendar is not needed for wall-clock time"));
        assertEquals(new ComplaintSla.Deadline(Instant.parse("2026-11-23T09:30:00Z"),
                Instant.parse("2026-11-23T10:00:00Z")), contact);
        ComplaintSla.Deadline feedback = ComplaintSla.deadline(RECEIVED, ComplaintSla.FEEDBACK,
                new BigDecimal("0.75"), SlaTime.WALL, null);
        assertEquals(new ComplaintSla.Deadline(Instant.parse("2026-11-25T00:30:00Z"),
                Instant.parse("2026-11-25T14:00:00Z")), feedback);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            // breach mark, satisfied at, on time, now -> state (warn 09:30, due 10:00)
            "false, null, null, 2026-11-23T09:29:59Z, ON_TRACK",
            "false, null, null, 2026-11-23T09:30:00Z, WARNING",
            "false, null, null, 2026-11-23T10:00:00Z, WARNING",
            "false, null, null, 2026-11-23T10:00:01Z, BREACHED",
            "false, 2026-11-23T09:45:00Z, true, 2026-11-23T11:00:00Z, MET",
            "false, 2026-11-23T10:30:00Z, false, 2026-11-23T11:00:00Z, BREACHED",
            // sticky: marked, then satisfied
            "true, 2026-11-23T09:45:00Z, true, 2026-11-23T11:00:00Z, BREACHED" })
    void aClockIsOnTrackThenAmberThenBreachedUnlessMet(boolean marked, Instant satisfiedAt, Boolean onTime,
            Instant now, ComplaintSlaState expected) {
        assertEquals(expected, ComplaintSla.state(marked, satisfiedAt, onTime, Instant.parse("2026-11-23T09:30:00Z"),
                Instant.parse("2026-11-23T10:00:00Z"), now));
    }

    @Test
    void theMoreUrgentClockDecidesTheComplaintsState() {
        assertEquals(ComplaintSlaState.BREACHED, ComplaintSlaState.MET.worse(ComplaintSlaState.BREACHED));
        assertEquals(ComplaintSlaState.WARNING, ComplaintSlaState.WARNING.worse(ComplaintSlaState.ON_TRACK));
        assertEquals(ComplaintSlaState.ON_TRACK, ComplaintSlaState.MET.worse(ComplaintSlaState.ON_TRACK));
        assertEquals(ComplaintSlaState.MET, ComplaintSlaState.MET.worse(ComplaintSlaState.MET));
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    private static TierDto tier(Tier code, String sla) {
        return new TierDto(code, code.chineseName, code.englishName, code.rank, null, null, new BigDecimal(sla), 1);
    }
}
