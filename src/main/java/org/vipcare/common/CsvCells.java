package org.vipcare.common;

/**
 * Text cells of the CSV files the service writes. A spreadsheet program runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and tab or carriage return can push such a character to the start of
 * the cell it lands in (OWASP "CSV injection"); a leading apostrophe makes the cell plain text again.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The value as a cell a spreadsheet shows rather than evaluates; null stays null. */
    public static String safe(String value) {
        if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
