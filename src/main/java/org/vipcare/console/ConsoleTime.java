package org.vipcare.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times typed into console forms ({@code datetime-local}, in the user's zone) and back. */
public final class ConsoleTime {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ConsoleTime() {
    }

    /** Blank is null; text that is not a local date and time is noted in the errors as {@code invalid}, and null. */
    public static Instant read(String field, String text, ZoneId zone, FormErrors errors, String invalid) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, invalid);
            return null;
        }
    }

    /** An instant as a {@code datetime-local} input's value in the user's zone. */
    public static String input(Instant at, ZoneId zone) {
        return at == null ? null : INPUT.format(at.atZone(zone));
    }
}
