package org.vipcare.retention;

/**
 * Bands of the value equation's score (countermeasure cost − severity, −4..4) for reports: at most −2 (the customer
 * is leaving unless something changes), −1..0 (balanced), 1..2 (leaving costs the customer), at least 3.
 */
public enum RetentionScoreBand {
    AT_MOST_MINUS_2, MINUS_1_TO_0, PLUS_1_TO_2, AT_LEAST_PLUS_3;

    public static RetentionScoreBand of(Integer score) {
        if (score == null) {
            return null;
        }
        if (score <= -2) {
            return AT_MOST_MINUS_2;
        }
        if (score <= 0) {
            return MINUS_1_TO_0;
        }
        return score <= 2 ? PLUS_1_TO_2 : AT_LEAST_PLUS_3;
    }

    /** The same banding in SQL over {@code column}; unscored cases fall into NONE. */
    static String sql(String column) {
        return "case when " + column + " is null then 'NONE' when " + column + " <= -2 then '" + AT_MOST_MINUS_2
                + "' when " + column + " <= 0 then '" + MINUS_1_TO_0 + "' when " + column + " <= 2 then '"
                + PLUS_1_TO_2 + "' else '" + AT_LEAST_PLUS_3 + "' end";
    }
}
