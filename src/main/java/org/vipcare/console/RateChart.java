package org.vipcare.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates (fractions 0..1) as horizontal bars on a 0-100 % scale, drawn as inline SVG by the {@code rateChart} tag; a
 * rate that cannot be known (nothing to divide by) gets an empty track and a dash. Same width and rows as
 * {@link BarChart}, so the two sit well side by side.
 */
public record RateChart(List<Rate> rates) {

    public static final int WIDTH = BarChart.WIDTH;
    /** Wider than a bar chart's: rates are named in a few words, not one. */
    public static final int LABEL_WIDTH = 190;
    public static final int BAR_SPACE = 200;
    public static final int ROW = BarChart.ROW;
    public static final int BAR_HEIGHT = BarChart.BAR_HEIGHT;
    public static final int TOP = BarChart.TOP;

    /** What a bar shows: its label (already in the reader's language), the rate or null, and a CSS tone. */
    public record Value(String label, BigDecimal rate, String tone) {
    }

    /** One drawn rate; {@code percent} is null when the rate is unknown. */
    public record Rate(String label, String percent, String tone, int y, int width) {

        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int valueX() {
            return LABEL_WIDTH + BAR_SPACE + 8;
        }
    }

    public static RateChart of(List<Value> values) {
        List<Rate> rates = new ArrayList<>();
        int y = TOP;
        for (Value value : values) {
            rates.add(new Rate(value.label(), percent(value.rate()), value.tone(), y, width(value.rate())));
            y += ROW;
        }
        return new RateChart(List.copyOf(rates));
    }

    /** The rate as a percentage with one decimal, trailing zeros dropped ({@code 66.7}, {@code 100}). */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static int width(BigDecimal rate) {
        if (rate == null || rate.signum() <= 0) {
            return 0;
        }
        return (int) Math.max(2, Math.round(rate.min(BigDecimal.ONE).doubleValue() * BAR_SPACE));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP * 2 + ROW * rates.size() - (ROW - BAR_HEIGHT);
    }

    public int labelX() {
        return LABEL_WIDTH - 10;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public int trackWidth() {
        return BAR_SPACE;
    }
}
