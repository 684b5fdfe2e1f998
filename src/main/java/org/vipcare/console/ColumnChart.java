package org.vipcare.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A stacked column chart drawn as inline SVG by the {@code columnChart} tag: one column per period (a month), split
 * into one segment per series (a category), with the column's total above it and a legend below. All geometry is
 * worked out here, in the SVG's own units; the SVG scales to its container through its viewBox.
 */
public record ColumnChart(List<Column> columns, List<Series> legend, long max) {

    public static final int WIDTH = 560;
    public static final int LEFT = 8;
    public static final int TOP = 18;
    public static final int PLOT_HEIGHT = 180;
    public static final int LABEL_SPACE = 22;
    /** The share of a column's slot its bar takes; the rest is the gap between columns. */
    public static final double BAR_SHARE = 0.62;

    /** A series as the legend shows it: its label (already in the reader's language) and CSS tone. */
    public record Series(String label, String tone) {
    }

    /** One column's input: its label and the count of each series, in legend order (0 for none). */
    public record Values(String label, List<Long> counts) {
    }

    /** One drawn segment of a column, bottom to top. */
    public record Segment(String series, String tone, long count, int y, int height) {
    }

    /** One drawn column: its label, total, where it stands and its segments. */
    public record Column(String label, long total, int x, int width, int top, List<Segment> segments) {

        public int centre() {
            return x + width / 2;
        }

        /** Baseline of the total written above the column. */
        public int totalY() {
            return top - 5;
        }

        public int labelY() {
            return TOP + PLOT_HEIGHT + LABEL_SPACE - 6;
        }
    }

    /** Columns in the given order; every column's counts follow the legend's order. */
    public static ColumnChart of(List<Series> legend, List<Values> values) {
        long max = values.stream().mapToLong(v -> v.counts().stream().mapToLong(Long::longValue).sum()).max()
                .orElse(0);
        int slot = values.isEmpty() ? 0 : (WIDTH - LEFT * 2) / values.size();
        int barWidth = (int) Math.max(4, Math.round(slot * BAR_SHARE));
        List<Column> columns = new ArrayList<>();
        int baseline = TOP + PLOT_HEIGHT;
        for (int i = 0; i < values.size(); i++) {
            Values column = values.get(i);
            List<Segment> segments = new ArrayList<>();
            long total = 0;
            int y = baseline;
            for (int s = 0; s < legend.size(); s++) {
                long count = s < column.counts().size() ? column.counts().get(s) : 0;
                if (count <= 0) {
                    continue;
                }
                total += count;
                // Each segment ends where the running total ends, so rounding never makes a column taller than its total.
                int top = baseline - height(total, max);
                if (top < y) {
                    segments.add(new Segment(legend.get(s).label(), legend.get(s).tone(), count, top, y - top));
                    y = top;
                }
            }
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            columns.add(new Column(column.label(), total, x, barWidth, baseline - height(total, max),
                    List.copyOf(segments)));
        }
        return new ColumnChart(List.copyOf(columns), List.copyOf(legend), max);
    }

    /** Proportional to the tallest column, as bars are to the longest. */
    public static int height(long count, long max) {
        return BarChart.length(count, max, PLOT_HEIGHT);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return TOP + PLOT_HEIGHT + LABEL_SPACE;
    }

    /** The baseline the columns stand on. */
    public int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - LEFT;
    }

    public boolean isEmpty() {
        return max == 0;
    }
}
