package org.vipcare.security;

/**
 * Hides personal numbers from everyone but the assigned manager, supervisors and admins: the first three and last
 * four characters stay ({@code 138****1234}), the rest become stars.
 */
public final class Masking {

    private Masking() {
    }

    public static String phone(String value) {
        return mask(value);
    }

    public static String idNumber(String value) {
        return mask(value);
    }

    static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int keepStart = value.length() >= 11 ? 3 : value.length() >= 7 ? 2 : 0;
        int keepEnd = value.length() >= 8 ? 4 : Math.min(2, value.length() - 1);
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
