package org.vipcare.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

/**
 * What PostgreSQL can store, checked where input enters (JSON bodies, query parameters, CSV): it refuses a NUL
 * character in text, and its dates end long before Java's. Years outside 1..9999 are refused too: no business fact
 * lies there, and ISO-8601 writes only those with four digits.
 */
public final class StorableInput {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final String NUL_MESSAGE = "must not contain a NUL character (\\u0000)";
    public static final String YEAR_MESSAGE = "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR;

    private StorableInput() {
    }

    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }

    /** Whether a date or time lies in the years the service stores; null is left to other checks. */
    public static boolean inRange(TemporalAccessor value) {
        if (value == null) {
            return true;
        }
        int year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                : value instanceof OffsetDateTime time ? time.getYear() : LocalDate.from(value).getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
