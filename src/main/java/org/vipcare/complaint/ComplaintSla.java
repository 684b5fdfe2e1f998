package org.vipcare.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.vipcare.calendar.BusinessCalendar;
import org.vipcare.common.VipCareConfig.SlaTime;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierPolicyDto;

/**
 * The complaint service levels (SPEC 4, the 5-7-3-1 guide): first contact within 2 hours, feedback within 3 days,
 * both scaled by the customer's tier SLA multiplier (SPEC 2.5). A clock counts wall-clock time (the SPEC default)
 * or working time of the business calendar; in working time hours stay hours and days become working days
 * (3 days = 3 × 9 h with the default 09:00–18:00). A clock turns amber once 75 % of its length has run.
 */
public final class ComplaintSla {

    public static final Duration CONTACT = Duration.ofHours(2);
    public static final Duration FEEDBACK = Duration.ofDays(3);
    /** The share of a clock after which it shows a warning (amber). */
    public static final BigDecimal WARNING_SHARE = new BigDecimal("0.75");

    private ComplaintSla() {
    }

    /** When a clock turns amber and when it runs out. */
    public record Deadline(Instant warnAt, Instant dueAt) {
    }

    /** The tier's multiplier; a WATCH customer gets the WATCH multiplier unless the tier's is stricter (smaller). */
    public static BigDecimal multiplier(TierPolicyDto policy, Tier tier, boolean watch) {
        BigDecimal tierMultiplier = policy.tier(tier).slaMultiplier();
        return watch ? tierMultiplier.min(policy.watchSlaMultiplier()) : tierMultiplier;
    }

    /** {@code from} plus {@code clock} scaled by {@code multiplier}, to the whole second, in wall-clock time. */
    public static Instant due(Instant from, Duration clock, BigDecimal multiplier) {
        return from.plus(scaled(clock, multiplier));
    }

    /**
     * The clock's warning and due times from {@code from}. {@code calendar} is asked for only in WORKING time, so
     * that wall-clock clocks never load it.
     */
    public static Deadline deadline(Instant from, Duration clock, BigDecimal multiplier, SlaTime basis,
            Supplier<BusinessCalendar> calendar) {
        BigDecimal warning = multiplier.multiply(WARNING_SHARE);
        if (basis == SlaTime.WALL) {
            return new Deadline(due(from, clock, warning), due(from, clock, multiplier));
        }
        BusinessCalendar working = calendar.get();
        Duration length = clock.toHoursPart() == 0 && clock.toMinutesPart() == 0 && clock.toSecondsPart() == 0
                && clock.toDays() > 0 ? working.workingDay().multipliedBy(clock.toDays()) : clock;
        return new Deadline(working.plusWorkingTime(from, scaled(length, warning)),
                working.plusWorkingTime(from, scaled(length, multiplier)));
    }

    /**
     * Where one clock stands at {@code now}. A breach mark is sticky; a clock satisfied late is breached even before
     * the detector marks it; a running clock is breached once past its due time. A complaint's state is its more
     * urgent clock's ({@link ComplaintSlaState#worse}); in SQL, {@link #stateSql}.
     */
    public static ComplaintSlaState state(boolean breachMarked, Instant satisfiedAt, Boolean onTime, Instant warnAt,
            Instant dueAt, Instant now) {
        if (breachMarked || Boolean.FALSE.equals(onTime)) {
            return ComplaintSlaState.BREACHED;
        }
        if (satisfiedAt != null) {
            return ComplaintSlaState.MET;
        }
        if (now.isAfter(dueAt)) {
            return ComplaintSlaState.BREACHED;
        }
        return now.isBefore(warnAt) ? ComplaintSlaState.ON_TRACK : ComplaintSlaState.WARNING;
    }

    /**
     * {@link #state}, for a whole complaint, as a SQL condition on the complaint table aliased {@code c}; {@code :now}
     * stands for now. The complaint's state is its more urgent clock's: BREACHED, then WARNING, ON_TRACK, MET.
     */
    static String stateSql(ComplaintSlaState state) {
        String breached = "(" + breachedSql("contact", "contacted_at") + " or " + breachedSql("feedback", "feedback_at")
                + ")";
        String warning = "(" + warningSql("contact", "contacted_at") + " or " + warningSql("feedback", "feedback_at")
                + ")";
        String running = "(c.contacted_at is null or c.feedback_at is null)";
        return switch (state) {
            case BREACHED -> breached;
            case WARNING -> "(not " + breached + " and " + warning + ")";
            case ON_TRACK -> "(not " + breached + " and not " + warning + " and " + running + ")";
            case MET -> "(not " + breached + " and not " + running + ")";
        };
    }

    // One clock breached, or in its warning share, in SQL, as state decides it.
    private static String breachedSql(String clock, String satisfiedAt) {
        return "(c." + clock + "_breached or c." + clock + "_on_time is false or (c." + satisfiedAt + " is null and c."
                + clock + "_due_at < :now))";
    }

    private static String warningSql(String clock, String satisfiedAt) {
        return "(c." + satisfiedAt + " is null and c." + clock + "_warn_at <= :now)";
    }

    /**
     * The due time of the clock still running: contact until contacted, then feedback; none once both were satisfied
     * or the complaint is closed. The database keeps it as the generated column {@code next_due_at} (V3).
     */
    public static Instant runningDue(ComplaintStatus status, Instant contactedAt, Instant contactDueAt,
            Instant feedbackAt, Instant feedbackDueAt) {
        if (status == ComplaintStatus.CLOSED) {
            return null;
        }
        if (contactedAt == null) {
            return contactDueAt;
        }
        return feedbackAt == null ? feedbackDueAt : null;
    }

    /**
     * Overdue: a clock still running past its due time at {@code now} (what the breach detector will mark, or has).
     * In SQL, {@link #OVERDUE_SQL}.
     */
    public static boolean overdue(Instant runningDue, Instant now) {
        return runningDue != null && runningDue.isBefore(now);
    }

    /** {@link #overdue} as a SQL condition on the complaint table aliased {@code c}; {@code :now} stands for now. */
    static final String OVERDUE_SQL = "(c.status <> 'CLOSED' and c.next_due_at < :now)";

    private static Duration scaled(Duration clock, BigDecimal multiplier) {
        return Duration.ofSeconds(BigDecimal.valueOf(clock.getSeconds()).multiply(multiplier)
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
