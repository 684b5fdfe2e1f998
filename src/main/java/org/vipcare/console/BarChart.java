package org.vipcare.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the {@code barChart} tag: labels on the left, one bar per value
 * scaled to the largest, the count and its share of the whole at the bar's end. All geometry is worked out here,
 * in the SVG's own units; the SVG scales to its container through its viewBox.
 */
public record BarChart(List<Bar> bars) {

    public static final int WIDTH = 480;
    public static final int LABEL_WIDTH = 140;
    public static final int BAR_SPACE = 220;
    public static final int ROW = 30;
    public static final int BAR_HEIGHT = 20;
    public static final int TOP = 4;

    /** What a bar shows, before geometry: its label (already in the reader's language), count and CSS tone. */
    public record Value(String label, long count, String tone) {
    }

    /** One drawn bar. {@code share} is its percentage of the chart's total, one decimal. */
    public record Bar(String label, long count, String share, String tone, int y, int width) {

        /** Baseline of the label and value texts, centred on the bar. */
        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 8;
        }
    }

    /** Bars in the given order; {@code total} is the whole the shares are taken of. */
    public static BarChart of(List<Value> values, long total) {
        long max = values.stream().mapToLong(Value::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Value value : values) {
            bars.add(new Bar(value.label(), value.count(), share(value.count(), total), value.tone(), y,
                    width(value.count(), max)));
            y += ROW;
        }
        return new BarChart(List.copyOf(bars));
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP * 2 + ROW * bars.size() - (ROW - BAR_HEIGHT);
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

    /** The full length a bar could have, drawn faintly behind each bar. */
    public int trackWidth() {
        return BAR_SPACE;
    }

    /** Proportional to the largest value; a value above 0 stays visible however small it is. */
    public static int width(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(2, Math.round((double) count * BAR_SPACE / max));
    }

    public static String share(long count, long total) {
        if (total <= 0) {
            return "0";
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
