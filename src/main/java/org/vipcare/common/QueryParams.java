package org.vipcare.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Parses filter query parameters with a 400 naming the parameter; JAX-RS would answer 404 for a query parameter
 * it cannot convert.
 */
public final class QueryParams {

    /** How {@link #instant} reads its value, for the API documentation of such parameters. */
    public static final String INSTANT_OR_DATE = "A time with offset (2026-11-24T09:30:00+08:00, or Z for UTC), or a "
            + "date (2026-11-24): the start of that day in the business zone vipcare.zone (Asia/Shanghai)";

    /**
     * The two forms {@link #instant} reads, as the document's pattern: {@code 2026-11-24} or
     * {@code 2026-11-24T09:30[:00[.123]](Z|+08:00)}. Whatever matches it is accepted; an impossible day (02-30) is
     * still refused, and the parser also tolerates what the pattern leaves out (surrounding blanks, lower-case t/z,
     * offsets with seconds).
     */
    public static final String INSTANT_OR_DATE_PATTERN = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])"
            + "(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]((0\\d|1[0-7]):[0-5]\\d|18:00)))?$";

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "common.not-a-uuid", "must be a UUID");
        }
    }

    /**
     * Accepts an ISO-8601 time with offset or a plain date, taken as the start of that day in {@code zone} (the
     * business zone, {@link BusinessTime#zone()}).
     */
    public static Instant instant(String name, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDate.parse(value.trim()).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw ProblemException.invalid(name, "common.not-a-time",
                        "must be an ISO-8601 date or time with offset");
            }
        }
        return storable(name, instant);
    }

    /** An ISO-8601 date ({@code 2026-11-23}). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return storable(name, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "common.not-a-date", "must be an ISO-8601 date like 2026-11-23");
        }
    }

    private static <T extends java.time.temporal.TemporalAccessor> T storable(String name, T value) {
        if (!StorableInput.inRange(value)) {
            throw ProblemException.invalid(name, "common.year-out-of-range", StorableInput.YEAR_MESSAGE);
        }
        return value;
    }

    /** A date that must be there, e.g. a path segment. */
    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw ProblemException.invalid(name, "common.not-a-date", "must be an ISO-8601 date like 2026-11-23");
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "common.not-one-of",
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "common.not-a-boolean", "must be true or false");
        };
    }

    /**
     * Whether a report is asked for as CSV: {@code format=csv|json} when given, else an {@code Accept} header that
     * names text/csv and not JSON.
     */
    public static boolean wantsCsv(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
        }
        return switch (format.trim().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw ProblemException.invalid("format", "common.not-one-of", "must be json or csv");
        };
    }
}
