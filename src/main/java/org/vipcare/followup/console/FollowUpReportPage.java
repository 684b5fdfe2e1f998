package org.vipcare.followup.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.vipcare.console.BarChart;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.followup.FollowUpReport;
import org.vipcare.followup.FollowUpReportPeriod;

/** What the call report page shows: the choice, the report and its charts; no report when the choice was refused. */
public record FollowUpReportPage(String period, String date, String assigneeId, FormErrors errors,
        List<FollowUpReportPeriod> periods, FollowUpReport report, String firstDay, String lastDay, String scope,
        String csvHref, String choice, BarChart rateChart, BarChart purposeChart) {

    static final Set<String> FIELDS = Set.of("period", "date");

    static FollowUpReportPage refused(String period, String date, FormErrors errors) {
        return new FollowUpReportPage(period, date, null, errors, List.of(FollowUpReportPeriod.values()), null, null,
                null, null, null, null, null, null);
    }

    static FollowUpReportPage of(FollowUpReport report, String scope, FollowUpReportMessages texts,
            FollowUpPurposeNames purposes, ConsoleMessages messages) {
        String choice = "period=" + report.period() + "&date=" + report.date();
        String narrowed = report.assigneeId() == null ? "" : "&assigneeId=" + report.assigneeId();
        FollowUpReport.Figures t = report.totals();
        BarChart rates = BarChart.rates(BarChart.Layout.RATES, List.of(
                rate(texts.reach_rate(), t.reachRate(), "series-0", texts, messages),
                rate(texts.on_time_rate(), t.onTimeRate(), "series-1", texts, messages),
                rate(texts.opinions_on_time_rate(), t.opinionsOnTimeRate(), "series-2", texts, messages)));
        BarChart byPurpose = BarChart.counts(report.byPurpose().stream()
                .map(p -> new BarChart.Count(purposes.of(p.purpose()), p.figures().due(), "series-3")).toList(),
                t.due(), messages::chart_value);
        return new FollowUpReportPage(report.period().name(), report.date().toString(),
                report.assigneeId() == null ? null : report.assigneeId().toString(), new FormErrors(FIELDS),
                List.of(FollowUpReportPeriod.values()), report, report.from().toLocalDate().toString(),
                report.to().toLocalDate().minusDays(1).toString(), scope,
                "/admin/call-reports/csv?" + choice + narrowed, choice, rates, byPurpose);
    }

    private static BarChart.Rate rate(String label, BigDecimal rate, String tone, FollowUpReportMessages texts,
            ConsoleMessages messages) {
        String percent = BarChart.percent(rate);
        return percent == null ? new BarChart.Rate(label, null, tone, messages.none(), texts.rate_unknown())
                : new BarChart.Rate(label, rate, tone, messages.rate(percent));
    }

    /** A rate in percent as the console writes it, null when it cannot be known. */
    public static String percent(BigDecimal rate) {
        return BarChart.percent(rate);
    }

    public boolean hasReport() {
        return report != null;
    }

    public boolean empty() {
        return report == null || report.totals().due() == 0;
    }

    /** The purposes' names in the reader's language, for charts drawn in Java. */
    @FunctionalInterface
    interface FollowUpPurposeNames {
        String of(org.vipcare.followup.FollowUpPurpose purpose);
    }
}
