package org.vipcare.retention.console;

import org.vipcare.console.BarChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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

    static BarChart rates(List<RetentionStatsDto.Group> groups, Function<String, String> name, String tonePrefix,
            RetentionMessages messages) {
        List<BarChart.Bar> bars = new ArrayList<>();
        int y = BarChart.TOP;
        for (RetentionStatsDto.Group group : groups) {
            if (group.closed() == 0) {
                continue;
            }
            long saved = group.retained() + group.partial();
            BigDecimal rate = group.retentionRate() == null ? BigDecimal.ZERO : group.retentionRate();
            int width = saved == 0 ? 0 : Math.max(2, rate.multiply(BigDecimal.valueOf(BarChart.BAR_SPACE))
                    .setScale(0, RoundingMode.HALF_UP).intValue());
            bars.add(new BarChart.Bar(messages.retention_rate_label(name.apply(group.key()), group.closed()), saved,
                    percent(rate), tonePrefix, y, width));
            y += BarChart.ROW;
        }
        return new BarChart(List.copyOf(bars));
    }

    static String percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
