package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsScaleToTheLargestAndStackDownwards() {
        BarChart chart = BarChart.of(List.of(new BarChart.Value("A", 50, "a"), new BarChart.Value("B", 200, "b"),
                new BarChart.Value("C", 0, "c")), 250);

        assertEquals(List.of(55, 220, 0), chart.bars().stream().map(BarChart.Bar::width).toList());
        assertEquals(List.of(4, 34, 64), chart.bars().stream().map(BarChart.Bar::y).toList());
        assertEquals(List.of("20", "80", "0"), chart.bars().stream().map(BarChart.Bar::share).toList());
        assertEquals(4 + 3 * 30 - 10 + 4, chart.height());
        assertEquals(BarChart.LABEL_WIDTH + 55 + 8, chart.bars().get(0).valueX());
    }

    @Test
    void aTinyCountStaysVisibleAndAnEmptyBookDrawsNothing() {
        assertEquals(2, BarChart.width(1, 100_000));
        assertEquals(0, BarChart.width(0, 0));
        assertEquals("0", BarChart.share(0, 0));
        assertEquals("33.3", BarChart.share(1, 3));
        assertEquals("66.7", BarChart.share(2, 3));
    }
}
