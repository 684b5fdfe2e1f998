package org.vipcare.followup.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vipcare.common.CsvCells;
import org.vipcare.console.BarChart;
import org.vipcare.followup.FollowUpReport;
import org.vipcare.followup.FollowUpReport.Figures;

/**
 * The call report as a spreadsheet for the people who read it, like the complaint reports' (ReportSheet): headers and
 * labels in the reader's language, codes in a column of their own, rates as percentages, a byte-order mark first so
 * that Excel opens it as UTF-8; below the figures, the dissatisfied calls as a second table. Text cells formula-safe.
 */
final class FollowUpReportSheet {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String BOM = "\uFEFF";

    private FollowUpReportSheet() {
    }

    static String write(FollowUpReport r, ZoneId zone, FollowUpReportMessages t, FollowUpMessages f) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        String[] header = { t.csv_section(), t.csv_item(), t.csv_code(), t.due(), t.done(), t.calls(), t.reached(),
            t.reach_rate(), t.on_time(), t.on_time_rate(), t.welcome(), t.welcome_in_time(),
            t.average_satisfaction(), t.dissatisfied(), t.leads(), t.opinions(), t.opinions_on_time(),
            t.opinions_on_time_rate() };
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            String report = t.report_heading(r.period());
            row(csv, report, t.field_period(), r.period().name(), t.period_name(r.period()));
            row(csv, report, t.csv_from(), null, r.from().toLocalDate().toString());
            row(csv, report, t.csv_to(), null, r.to().toLocalDate().minusDays(1).toString());
            row(csv, report, t.csv_zone(), null, r.zone());
            figures(csv, t.csv_total(), t.csv_total(), null, r.totals());
            for (var p : r.byPurpose()) {
                figures(csv, t.section_purposes(), f.followup_purpose(p.purpose()), p.purpose().name(), p.figures());
            }
            for (var a : r.byAgent()) {
                figures(csv, t.section_agents(), a.displayName() == null ? t.unassigned() : a.displayName(),
                        a.userId(), a.figures());
            }
            csv.println();
            row(csv, t.section_dissatisfied());
            row(csv, t.col_at(), t.col_purpose(), t.csv_code(), t.col_agent(), t.col_satisfaction(), t.csv_answers(),
                    t.csv_suggestion(), t.csv_problem(), t.col_answer(), t.csv_follow_up_id());
            DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
            for (var d : r.dissatisfied()) {
                row(csv, minutes.format(d.at()), f.followup_purpose(d.purpose()), d.purpose().name(),
                        d.assigneeName() == null ? t.unassigned() : d.assigneeName(), d.satisfaction(), d.answers(),
                        d.suggestion(), d.problem(), d.answer(), d.followUpId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void figures(CSVPrinter csv, String section, String item, Object code, Figures f)
            throws IOException {
        row(csv, section, item, code, f.due(), f.done(), f.calls(), f.reached(), percent(f.reachRate()), f.onTime(),
                percent(f.onTimeRate()), f.welcome(), f.welcomeInTime(), f.averageSatisfaction(), f.dissatisfied(),
                f.leads(), f.opinions(), f.opinionsOnTime(), percent(f.opinionsOnTimeRate()));
    }

    /** A rate as Excel reads a percentage ({@code 66.7%}); empty when it cannot be known. */
    private static String percent(BigDecimal rate) {
        String percent = BarChart.percent(rate);
        return percent == null ? null : percent + "%";
    }

    private static void row(CSVPrinter csv, Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof String text ? CsvCells.safe(text) : values[i];
        }
        csv.printRecord(cells);
    }
}
