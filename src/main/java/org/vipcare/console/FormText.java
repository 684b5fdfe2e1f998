package org.vipcare.console;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Reads what was typed or chosen in console forms. Blank means "not given" (null); text that is not a number is noted in
 * the form's errors and also read as null, so that the services' own rules judge only what could be read.
 */
public final class FormText {

    private FormText() {
    }

    public static BigDecimal decimal(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, messages.invalid_number());
            return null;
        }
    }

    public static Integer integer(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, messages.invalid_whole_number());
            return null;
        }
    }

    /** One of a select's options: the name of a constant of {@code type}. */
    public static <E extends Enum<E>> E choice(String field, Class<E> type, String text, FormErrors errors,
            ConsoleMessages messages) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, messages.invalid_choice());
            return null;
        }
    }

    /** The id of a chosen record (a customer, a user); one that is not an id is noted as a bad choice. */
    public static UUID uuid(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add(field, messages.invalid_choice());
            return null;
        }
    }

    /** A checkbox sends its value only when ticked. */
    public static boolean ticked(String value) {
        return "true".equals(value);
    }

    /** A stored number as a person would type it: {@code 0.750} reads {@code 0.75}, {@code 1.000} reads {@code 1}. */
    public static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
