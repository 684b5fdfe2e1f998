package org.vipcare.tier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Where a customer is in the relationship (SPEC 2.4), derived from the join date and the WATCH flag. */
public enum LifecycleStage {
    /** 观察期: new, still finding out what we offer. */
    OBSERVATION("INTRODUCE_SERVICES"),
    /** 形成期: the habit is forming. */
    FORMATION("LOYALTY_PROGRAMME"),
    /** 稳定期: settled; grow what the relationship is worth. */
    STABLE("WIDEN_SERVICE_VALUE_AND_RECOMMEND_PRODUCTS"),
    /** 衰退期: slipping away (WATCH). */
    DECLINE("RE_ENGAGE");

    /** What the manager should do with a customer at this stage (SPEC 2.4). */
    public final String recommendedAction;

    LifecycleStage(String recommendedAction) {
        this.recommendedAction = recommendedAction;
    }

    public static final int OBSERVATION_DAYS = 90;
    public static final int STABLE_DAYS = 365;

    /** Checked in the order of the spec: observation, decline, stable, formation. In SQL, {@link #sql}. */
    public static LifecycleStage of(LocalDate joinedAt, boolean watch, LocalDate today) {
        long days = ChronoUnit.DAYS.between(joinedAt, today);
        if (days < OBSERVATION_DAYS) {
            return OBSERVATION;
        }
        if (watch) {
            return DECLINE;
        }
        return days >= STABLE_DAYS ? STABLE : FORMATION;
    }

    /** A SQL condition with named parameters ({@code :observationCut}, {@code :stableCut}) and their values. */
    public record SqlCondition(String sql, Map<String, LocalDate> params) {
    }

    /**
     * The customers at this stage on {@code today}, as {@link #of} decides it, as a condition on the columns
     * {@code joined_at} and {@code watch}: plain comparisons of the join date, so that an index on it serves.
     */
    public SqlCondition sql(LocalDate today) {
        LocalDate observationCut = today.minusDays(OBSERVATION_DAYS);
        LocalDate stableCut = today.minusDays(STABLE_DAYS);
        return switch (this) {
            case OBSERVATION -> new SqlCondition("joined_at > :observationCut", Map.of("observationCut", observationCut));
            case DECLINE -> new SqlCondition("joined_at <= :observationCut and watch",
                    Map.of("observationCut", observationCut));
            case STABLE -> new SqlCondition("joined_at <= :stableCut and not watch", Map.of("stableCut", stableCut));
            case FORMATION -> new SqlCondition("joined_at <= :observationCut and joined_at > :stableCut and not watch",
                    Map.of("observationCut", observationCut, "stableCut", stableCut));
        };
    }

    /** Whole months since joining; 0 for a join date in the future. */
    public static int tenureMonths(LocalDate joinedAt, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(joinedAt, today));
    }
}
