package org.vipcare.report.console;

import org.vipcare.console.BarChart;
import org.vipcare.console.ColumnChart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the reports page's own charts: stacked month columns and on-time rates. */
class ReportChartsTest {

    static final List<ColumnChart.Series> LEGEND = List.of(new ColumnChart.Series("Billing", "series-0"),
            new ColumnChart.Series("Network", "series-1"));

    @Test
    void columnsStackTheirSeriesAndScaleToTheTallest() {
        ColumnChart chart = ColumnChart.of(LEGEND, List.of(
                new ColumnChart.Values("Jan", List.of(30L, 10L)),
                new ColumnChart.Values("Feb", List.of(0L, 0L)),
                new ColumnChart.Values("Mar", List.of(0L, 20L))));

        assertEquals(40, chart.max());
        ColumnChart.Column january = chart.columns().get(0);
        assertEquals(40, january.total());
        assertEquals(chart.baseline() - ColumnChart.PLOT_HEIGHT, january.top());
        // bottom to top: Billing's 30 of 40 is 135 of 180, Network's 10 the remaining 45
        assertEquals(List.of("Billing", "Network"), january.segments().stream().map(ColumnChart.Segment::series)
                .toList());
        assertEquals(List.of(135, 45), january.segments().stream().map(ColumnChart.Segment::height).toList());
        assertEquals(chart.baseline() - 135, january.segments().get(0).y());
        assertEquals(List.of(), chart.columns().get(1).segments());
        assertEquals(chart.baseline(), chart.columns().get(1).top());
        assertEquals(List.of(90), chart.columns().get(2).segments().stream().map(ColumnChart.Segment::height)
                .toList());
        // equal slots, left to right, each column centred in its slot
        int slot = (ColumnChart.WIDTH - 2 * ColumnChart.LEFT) / 3;
        assertEquals(slot, chart.columns().get(1).x() - january.x());
        assertTrue(chart.columns().get(2).x() + chart.columns().get(2).width() <= chart.right());
    }

    @Test
    void anEmptyPeriodDrawsNoColumnAndATinyCountStaysVisible() {
        ColumnChart empty = ColumnChart.of(LEGEND, List.of(new ColumnChart.Values("Jan", List.of(0L, 0L))));
        assertTrue(empty.isEmpty());
        assertEquals(0, ColumnChart.height(0, 0));
        assertEquals(2, ColumnChart.height(1, 100_000));
    }

    @Test
    void ratesArePercentagesOfTheFullTrackAndUnknownOnesAreEmpty() {
        BarChart chart = BarChart.rates(BarChart.Layout.RATES, List.of(
                new BarChart.Rate("Contact", new BigDecimal("0.6667"), "a", "66.7 %"),
                new BarChart.Rate("Feedback", null, "b", "-", "unknown"),
                new BarChart.Rate("All", BigDecimal.ONE, "c", "100 %")));

        assertEquals(List.of(133, 0, BarChart.Layout.RATES.trackWidth()), chart.bars().stream()
                .map(BarChart.Bar::width).toList());
        // the text stands at the end of the track, whatever the rate
        int trackEnd = BarChart.Layout.RATES.labelWidth() + BarChart.Layout.RATES.trackWidth() + 8;
        assertEquals(List.of(trackEnd, trackEnd, trackEnd), chart.bars().stream().map(BarChart.Bar::valueX).toList());
        assertEquals("unknown", chart.bars().get(1).title());
        assertEquals("66.7", BarChart.percent(new BigDecimal("0.6667")));
        assertNull(BarChart.percent(null));
        assertEquals("100", BarChart.percent(BigDecimal.ONE));
        assertEquals("0", BarChart.percent(BigDecimal.ZERO.setScale(4)));
        assertEquals(2, BarChart.length(new BigDecimal("0.0001"), BarChart.Layout.RATES.trackWidth()));
    }
}
