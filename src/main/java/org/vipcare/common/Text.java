package org.vipcare.common;

/** Typed text as it is stored: trimmed, and blank read as "not given". */
public final class Text {

    private Text() {
    }

    /** The text without surrounding white space, or null when there is none left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
