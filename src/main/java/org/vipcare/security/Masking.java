package org.vipcare.security;

import java.util.Arrays;
import java.util.List;

/**
 * Hides personal data from everyone but the assigned manager, supervisors and admins. Numbers keep their first three
 * and last four characters ({@code 138****1234}); an email keeps its first character and its domain
 * ({@code l***@example.com}); an address keeps its district ({@code 北京市朝阳区}, {@code Chaoyang District, Beijing}).
 * Together with the birth year alone, that leaves too little to rebuild an identity number from its visible ends.
 */
public final class Masking {

    /** What ends the district-level part of a Chinese address: 区 district, 县 county, 旗 banner. */
    private static final String DISTRICT_ENDS = "区县旗";
    private static final List<String> ENGLISH_DISTRICTS = List.of("district", "county", "banner");

    private Masking() {
    }

    public static String phone(String value) {
        return mask(value);
    }

    public static String idNumber(String value) {
        return mask(value);
    }

    /** The first character of the local part, three stars, and the domain; a value without @ is masked whole. */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.lastIndexOf('@');
        return at <= 0 ? mask(value) : value.charAt(0) + "***" + value.substring(at);
    }

    /**
     * The district and what lies above it, nothing below. Chinese addresses run from large to small: the text up to
     * the first 区, 县 or 旗 (else up to the first 市). Comma-separated addresses run from small to large: the parts
     * from the one naming a district or county on (else the last part, the city). Null when neither is found.
     */
    public static String district(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        for (int i = 0; i < value.length(); i++) {
            if (DISTRICT_ENDS.indexOf(value.charAt(i)) >= 0) {
                return value.substring(0, i + 1);
            }
        }
        int city = value.indexOf('市');
        if (city > 0) {
            return value.substring(0, city + 1);
        }
        List<String> parts = Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        if (parts.size() < 2) {
            return null;
        }
        for (int i = 0; i < parts.size(); i++) {
            String[] words = parts.get(i).toLowerCase().split("\\s+");
            if (ENGLISH_DISTRICTS.contains(words[words.length - 1])) {
                return String.join(", ", parts.subList(i, parts.size()));
            }
        }
        return parts.get(parts.size() - 1);
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
