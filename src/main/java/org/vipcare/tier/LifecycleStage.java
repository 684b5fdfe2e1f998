package org.vipcare.tier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a customer is in the relationship (SPEC 2.4), derived from the join date and the WATCH flag. */
public enum LifecycleStage {
    OBSERVATION, FORMATION, STABLE, DECLINE;

    public static final int OBSERVATION_DAYS = 90;
    public static final int STABLE_DAYS = 365;

    /** Checked in the order of the spec: observation, decline, stable, formation. */
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

    /** Whole months since joining; 0 for a join date in the future. */
    public static int tenureMonths(LocalDate joinedAt, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(joinedAt, today));
    }
}
