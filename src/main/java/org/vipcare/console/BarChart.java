package org.vipcare.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the {@code barChart} tag: labels on the left, one bar per value on a
 * faint track, the value's text beside it. Counts are scaled to the largest and said with their share of the whole;
 * rates (fractions 0..1) stand on a 0-100 % track. The geometry is worked out here, in the SVG's own units (the SVG
 * scales to its container through its viewBox); the texts come from the page, in the reader's language.
 */
public record BarChart(Layout layout, List<Bar> bars) {

    public static final int WIDTH = 480;
    public static final int ROW = 30;
    public static final int BAR_HEIGHT = 20;
    public static final int TOP = 4;

    /** Room for the labels, the length of the track, and whether a bar's text follows the bar or the track. */
    public record Layout(int labelWidth, int trackWidth, boolean textAtTrackEnd) {

        /** Counts are named in a word or two; their text follows the bar. */
        public static final Layout COUNTS = new Layout(140, 220, false);
        /** Rates are named in a few words; their text stands at the end of the track, where 100 % would be. */
        public static final Layout RATES = new Layout(190, 200, true);
    }

    /** A count to draw: its label (in the reader's language), the count and a CSS tone. */
    public record Count(String label, long count, String tone) {
    }

    /** The text of a count, from the count and its share of the whole in percent ({@code ConsoleMessages::chart_value}). */
    @FunctionalInterface
    public interface CountText {
        String of(long count, String share);
    }

    /** A rate to draw: its label, the rate (null when unknown: an empty track), a CSS tone, its text and tooltip. */
    public record Rate(String label, BigDecimal rate, String tone, String text, String title) {

        public Rate(String label, BigDecimal rate, String tone, String text) {
            this(label, rate, tone, text, text);
        }
    }

    /** One drawn bar: its texts (beside it and in its tooltip), where it stands and how long it is. */
    public record Bar(String label, String text, String title, String tone, int y, int width, int valueX) {

        /** Baseline of the label and value texts, centred on the bar. */
        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }
    }

    /** Counts in the given order, scaled to the largest; {@code total} is the whole the shares are taken of. */
    public static BarChart counts(List<Count> values, long total, CountText text) {
        long max = values.stream().mapToLong(Count::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Count value : values) {
            String shown = text.of(value.count(), share(value.count(), total));
            bars.add(bar(Layout.COUNTS, bars.size(), value.label(), shown, shown, value.tone(),
                    length(value.count(), max, Layout.COUNTS.trackWidth())));
        }
        return new BarChart(Layout.COUNTS, List.copyOf(bars));
    }

    /** Rates in the given order, each on the full track. */
    public static BarChart rates(Layout layout, List<Rate> values) {
        List<Bar> bars = new ArrayList<>();
        for (Rate value : values) {
            bars.add(bar(layout, bars.size(), value.label(), value.text(), value.title(), value.tone(),
                    length(value.rate(), layout.trackWidth())));
        }
        return new BarChart(layout, List.copyOf(bars));
    }

    private static Bar bar(Layout layout, int row, String label, String text, String title, String tone, int width) {
        int valueX = layout.labelWidth() + (layout.textAtTrackEnd() ? layout.trackWidth() : width) + 8;
        return new Bar(label, text, title, tone, TOP + row * ROW, width, valueX);
    }

    /** Proportional to the largest value, which fills {@code space}; a value above 0 stays visible however small. */
    public static int length(long count, long max, int space) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(2, Math.round((double) count * space / max));
    }

    /** A rate's part of {@code space}, rounded half up; a rate above 0 stays visible however small. */
    public static int length(BigDecimal rate, int space) {
        if (rate == null || rate.signum() <= 0) {
            return 0;
        }
        return Math.max(2, rate.min(BigDecimal.ONE).multiply(BigDecimal.valueOf(space))
                .setScale(0, RoundingMode.HALF_UP).intValue());
    }

    /** {@code count} as a percentage of {@code total} with one decimal, trailing zeros dropped. */
    public static String share(long count, long total) {
        if (total <= 0) {
            return "0";
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** A rate as a percentage with one decimal, trailing zeros dropped ({@code 66.7}, {@code 100}); null stays null. */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP * 2 + ROW * bars.size() - (ROW - BAR_HEIGHT);
    }

    public int labelX() {
        return layout.labelWidth() - 10;
    }

    public int barX() {
        return layout.labelWidth();
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    /** The full length a bar could have, drawn faintly behind each bar. */
    public int trackWidth() {
        return layout.trackWidth();
    }
}
