package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsScaleToTheLargestAndStackDownwards() {
        BarChart chart = BarChart.counts(List.of(new BarChart.Count("A", 50, "a"), new BarChart.Count("B", 200, "b"),
                new BarChart.Count("C", 0, "c")), 250, (count, share) -> count + " (" + share + " %)");

        assertEquals(List.of(55, 220, 0), chart.bars().stream().map(BarChart.Bar::width).toList());
        assertEquals(List.of(4, 34, 64), chart.bars().stream().map(BarChart.Bar::y).toList());
        assertEquals(List.of("50 (20 %)", "200 (80 %)", "0 (0 %)"), chart.bars().stream().map(BarChart.Bar::text)
                .toList());
        assertEquals(chart.bars().get(1).text(), chart.bars().get(1).title());
        assertEquals(4 + 3 * 30 - 10 + 4, chart.height());
        assertEquals(BarChart.Layout.COUNTS.labelWidth() + 55 + 8, chart.bars().get(0).valueX());
    }

    @Test
    void aTinyCountStaysVisibleAndAnEmptyBookDrawsNothing() {
        assertEquals(2, BarChart.length(1, 100_000, BarChart.Layout.COUNTS.trackWidth()));
        assertEquals(0, BarChart.length(0, 0, BarChart.Layout.COUNTS.trackWidth()));
        assertEquals("0", BarChart.share(0, 0));
        assertEquals("33.3", BarChart.share(1, 3));
        assertEquals("66.7", BarChart.share(2, 3));
    }
}
