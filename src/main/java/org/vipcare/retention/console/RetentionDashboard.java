package org.vipcare.retention.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.BarChart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vipcare.retention.RetentionStatsDto;
import org.vipcare.retention.RetentionWatchCustomerDto;

/**
 * The retention dashboard: retention rate by real reason and by offer kind, cases by stage, and WATCH customers
 * nobody has opened a case for. The rate charts draw each bar as its own rate (saved of closed) on a 0–100 % scale.
 */
public record RetentionDashboard(RetentionStatsDto stats, String overallRate, BarChart byReason, BarChart byOffer,
        BarChart byStage, List<RetentionWatchCustomerDto> watch, Map<String, String> reasonNames) {

    /** Each group's retention rate, said as the cases saved and their share of the group's closed cases. */
    static BarChart rates(List<RetentionStatsDto.Group> groups, Function<String, String> name, String tone,
            RetentionMessages messages, ConsoleMessages app) {
        List<BarChart.Rate> rates = groups.stream().filter(group -> group.closed() > 0).map(group -> {
            BigDecimal rate = group.retentionRate() == null ? BigDecimal.ZERO : group.retentionRate();
            return new BarChart.Rate(messages.retention_rate_label(name.apply(group.key()), group.closed()), rate,
                    tone, app.chart_value(group.retained() + group.partial(), BarChart.percent(rate)));
        }).toList();
        return BarChart.rates(BarChart.Layout.COUNTS, rates);
    }
}
