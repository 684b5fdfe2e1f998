package org.vipcare.report.console;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.BarChart;
import org.vipcare.console.ColumnChart;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vipcare.common.Page;
import org.vipcare.report.ComplaintReport;
import org.vipcare.report.ComplaintSatisfaction;
import org.vipcare.report.PeriodComplaint;
import org.vipcare.report.ReportPlan;
import org.vipcare.report.ComplaintReport.CategoryCount;
import org.vipcare.report.ReportPeriod;

/**
 * Everything the reports page shows: the period chosen (as typed, with its messages when it could not be read) and,
 * once it could, the report with its charts. The figures are {@link ComplaintReport}'s as they are; this only turns
 * them into labels in the reader's language and chart geometry.
 */
public record ReportPage(String period, String date, FormErrors errors, List<ReportPeriod> periods,
        ComplaintReport report, String firstDay, String lastDay, String csvHref, BarChart slaChart,
        BarChart categoryChart, BarChart departmentChart, ColumnChart trendChart, ComplaintCategories categories,
        Page<PeriodComplaint> complaints, String complaintsBase, ComplaintSatisfaction satisfaction,
        BarChart satisfactionCategoryChart, BarChart satisfactionStaffChart, Plan plan, String notice) {

    /**
     * The action plan of a quarter or year: the texts as saved (what the page and its print show), the form (as saved,
     * or as typed when refused), when it was last saved, and why a save was refused (STALE: somebody saved in between;
     * INVALID: a field says why).
     */
    public record Plan(String actionPlan, String lessons, Instant savedAt, ReportPlanForm form, FormErrors errors,
            Alert alert) {

        static Plan of(ReportPlan saved, ReportPlanForm form, FormErrors errors, Alert alert) {
            return saved == null ? new Plan(null, null, null, form, errors, alert)
                    : new Plan(saved.actionPlan, saved.lessons, saved.updatedAt, form, errors, alert);
        }

        public enum Alert {
            NONE, INVALID, STALE
        }

        public boolean saved() {
            return savedAt != null;
        }

        /** The form opens by itself when there is nothing to read yet or a save was refused. */
        public boolean editing() {
            return !saved() || alert != Alert.NONE;
        }
    }

    static final Set<String> FIELDS = Set.of("period", "date");
    /** Distinct colours of the category series (CSS series-0 .. series-9); more categories reuse them. */
    static final int PALETTE = 10;
    /** The top of the satisfaction scale. */
    static final BigDecimal FULL_MARKS = BigDecimal.valueOf(5);

    /** The choice form as typed, refused: no report. */
    static ReportPage refused(String period, String date, FormErrors errors) {
        return new ReportPage(period, date, errors, List.of(ReportPeriod.values()), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static ReportPage of(ComplaintReport report, ComplaintCategories categories, Page<PeriodComplaint> complaints,
            ComplaintSatisfaction satisfaction, Plan plan, String notice, ReportMessages texts,
            ConsoleMessages messages, Locale locale) {
        Map<String, String> tones = tones(categories, report);
        List<BarChart.Count> byCategory = report.byCategory().stream()
                .map(c -> new BarChart.Count(categories.nameOf(c.category()), c.count(), tones.get(c.category())))
                .toList();
        List<BarChart.Count> byDepartment = report.byDepartment().stream()
                .map(d -> new BarChart.Count(d.department() == null ? texts.no_department() : d.department(),
                        d.count(), "department"))
                .toList();
        BarChart sla = BarChart.rates(BarChart.Layout.RATES, List.of(
                onTime(texts.contact_on_time(), report.slaAttainment().contactOnTimeRate(), "sla-contact", texts,
                        messages),
                onTime(texts.feedback_on_time(), report.slaAttainment().feedbackOnTimeRate(), "sla-feedback", texts,
                        messages)));
        LocalDate first = report.from().toLocalDate();
        LocalDate last = report.to().toLocalDate().minusDays(1);
        String choice = "period=" + report.period() + "&date=" + report.date();
        return new ReportPage(report.period().name(), report.date().toString(),
                new FormErrors(FIELDS), List.of(ReportPeriod.values()), report, first.toString(), last.toString(),
                "/admin/reports/csv?" + choice, sla,
                BarChart.counts(byCategory, report.total(), messages::chart_value),
                BarChart.counts(byDepartment, report.total(), messages::chart_value),
                report.trend() == null ? null : trend(report.trend(), categories, tones, locale), categories,
                complaints, "/admin/reports?" + choice + "&", satisfaction,
                satisfaction == null ? null : satisfactionChart(satisfaction.byCategory().stream()
                        .map(c -> new Rated(categories.nameOf(c.category()), c.average(), c.rated(),
                                tones.getOrDefault(c.category(), "satisfaction")))
                        .toList(), texts),
                satisfaction == null ? null : satisfactionChart(satisfaction.byStaff().stream()
                        .map(s -> new Rated(s.displayName(), s.average(), s.rated(), "satisfaction")).toList(),
                        texts),
                plan, notice);
    }

    private record Rated(String label, BigDecimal average, long rated, String tone) {
    }

    /** Averages on a 1–5 scale as bars of the whole track (5 fills it), with the number of answers beside them. */
    private static BarChart satisfactionChart(List<Rated> rows, ReportMessages texts) {
        return BarChart.rates(BarChart.Layout.RATES, rows.stream()
                .map(r -> new BarChart.Rate(r.label(), r.average().divide(FULL_MARKS, 4, RoundingMode.HALF_UP),
                        r.tone(), texts.satisfaction_value(FormText.plain(r.average()), r.rated())))
                .toList());
    }

    /** The category's name in the reader's language. */
    public String categoryName(String code) {
        return categories.nameOf(code);
    }

    /** Whether the report holds the satisfaction analysis and the action plan (quarters and years). */
    public boolean holdsPlans() {
        return report != null && report.period().holdsPlans();
    }

    /** An on-time rate; one that cannot be known (no clock has an outcome yet) says so in its tooltip. */
    private static BarChart.Rate onTime(String label, BigDecimal rate, String tone, ReportMessages texts,
            ConsoleMessages messages) {
        String percent = BarChart.percent(rate);
        return percent == null ? new BarChart.Rate(label, null, tone, messages.none(), texts.rate_unknown())
                : new BarChart.Rate(label, rate, tone, messages.rate(percent));
    }

    /** The stacked monthly columns; the legend lists the categories that occur, in the categories' own order. */
    static ColumnChart trend(List<ComplaintReport.Month> months, ComplaintCategories categories,
            Map<String, String> tones, Locale locale) {
        Set<String> occurring = new LinkedHashSet<>();
        for (String code : tones.keySet()) {
            if (months.stream().anyMatch(m -> m.byCategory().stream().anyMatch(c -> c.category().equals(code)))) {
                occurring.add(code);
            }
        }
        List<ColumnChart.Series> legend = occurring.stream()
                .map(code -> new ColumnChart.Series(categories.nameOf(code), tones.get(code))).toList();
        List<ColumnChart.Values> values = new ArrayList<>();
        for (ComplaintReport.Month month : months) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CategoryCount c : month.byCategory()) {
                counts.put(c.category(), c.count());
            }
            values.add(new ColumnChart.Values(monthLabel(month.month(), locale),
                    occurring.stream().map(code -> counts.getOrDefault(code, 0L)).toList()));
        }
        return ColumnChart.of(legend, values);
    }

    /** A month's short name in the reader's language: Jan, 1月. */
    static String monthLabel(String yearMonth, Locale locale) {
        return YearMonth.parse(yearMonth).getMonth().getDisplayName(TextStyle.SHORT, locale);
    }

    /**
     * One colour per category that stays the same from report to report: the categories in their sort order, then
     * those the report names that are no longer listed (retired ones with old complaints).
     */
    static Map<String, String> tones(ComplaintCategories categories, ComplaintReport report) {
        Set<String> codes = new LinkedHashSet<>();
        categories.all().forEach(c -> codes.add(c.code()));
        report.byCategory().forEach(c -> codes.add(c.category()));
        Map<String, String> tones = new LinkedHashMap<>();
        int i = 0;
        for (String code : codes) {
            tones.put(code, "series-" + (i++ % PALETTE));
        }
        return tones;
    }

    /** The contact clock's on-time rate in percent, null when it cannot be known. */
    public String contactRate() {
        return BarChart.percent(report.slaAttainment().contactOnTimeRate());
    }

    public String feedbackRate() {
        return BarChart.percent(report.slaAttainment().feedbackOnTimeRate());
    }

    public boolean hasReport() {
        return report != null;
    }

    public boolean empty() {
        return report == null || report.total() == 0;
    }
}
