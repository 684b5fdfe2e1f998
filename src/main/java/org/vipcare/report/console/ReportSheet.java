package org.vipcare.report.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vipcare.common.CsvCells;
import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.BarChart;
import org.vipcare.report.ComplaintReport;
import org.vipcare.report.ComplaintSatisfaction;
import org.vipcare.report.PeriodComplaint;
import org.vipcare.report.ReportPlan;
import org.vipcare.common.Page;
import org.vipcare.complaint.console.ComplaintMessages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The report as a spreadsheet for the people who read it: headers, sections and labels in the reader's language, the
 * codes (category, period, user id, status) in a column of their own, and a byte-order mark first so that Excel opens
 * it as UTF-8 (without one it garbles Chinese). Below the figures, the period's complaints as a second table. The reports API keeps its own, stable CSV ({@code ComplaintReportCsv}).
 * Every text cell is written formula-safe: names, departments and plans are typed by people.
 */
final class ReportSheet {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final String BOM = "\uFEFF";

    private ReportSheet() {
    }

    /** The most complaints a download lists (a busy month); the page lists them all. */
    static final int MAX_COMPLAINTS = 5000;

    static String write(ComplaintReport r, ComplaintSatisfaction satisfaction, ReportPlan plan,
            Page<PeriodComplaint> complaints, ZoneId zone, ComplaintCategories categories, ReportMessages t,
            ComplaintMessages complaintTexts) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        String[] header = { t.csv_section(), t.csv_item(), t.csv_code(), t.col_department(), t.csv_count(),
            t.col_breaches(), t.col_dissatisfied(), t.csv_value() };
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            String report = t.report_heading(r.period());
            row(csv, report, t.field_period(), r.period().name(), null, null, null, null, t.period_name(r.period()));
            row(csv, report, t.csv_from(), null, null, null, null, null, r.from().toLocalDate().toString());
            row(csv, report, t.csv_to(), null, null, null, null, null,
                    r.to().toLocalDate().minusDays(1).toString());
            row(csv, report, t.csv_zone(), null, null, null, null, null, r.zone());
            row(csv, report, t.total(), null, null, r.total(), null, null, null);
            String sla = t.section_sla();
            row(csv, sla, t.contact_on_time(), null, null, null, r.slaAttainment().contactBreaches(), null,
                    percent(r.slaAttainment().contactOnTimeRate()));
            row(csv, sla, t.feedback_on_time(), null, null, null, r.slaAttainment().feedbackBreaches(), null,
                    percent(r.slaAttainment().feedbackOnTimeRate()));
            row(csv, sla, t.average_satisfaction(), null, null, r.satisfactionAnswers(), null, null,
                    r.averageSatisfaction());
            for (var c : r.byCategory()) {
                row(csv, t.section_categories(), categories.nameOf(c.category()), c.category(), null, c.count(), null,
                        null, null);
            }
            for (var d : r.byDepartment()) {
                row(csv, t.section_departments(), department(d.department(), t), null, d.department(), d.count(),
                        null, null, null);
            }
            for (var o : r.byOwner()) {
                row(csv, t.section_owners(), o.displayName(), o.userId(), department(o.department(), t), o.count(),
                        o.breaches(), null, null);
            }
            for (var s : r.topComplainedStaff()) {
                row(csv, t.section_complained(), s.displayName(), s.userId(), department(s.department(), t),
                        s.count(), null, null, null);
            }
            for (var p : r.praisedStaff()) {
                row(csv, t.section_praised(), p.displayName(), p.userId(), department(p.department(), t),
                        p.answers(), null, null, p.averageSatisfaction());
            }
            if (r.trend() != null) {
                for (var m : r.trend()) {
                    row(csv, t.section_trend(), m.month(), null, null, m.total(), null, null, null);
                    for (var c : m.byCategory()) {
                        row(csv, t.section_trend(), m.month() + " " + categories.nameOf(c.category()), c.category(),
                                null, c.count(), null, null, null);
                    }
                }
            }
            if (satisfaction != null) {
                for (var c : satisfaction.byCategory()) {
                    row(csv, t.section_satisfaction_categories(), categories.nameOf(c.category()), c.category(),
                            null, c.rated(), null, c.dissatisfied(), c.average());
                }
                for (var s : satisfaction.byStaff()) {
                    row(csv, t.section_satisfaction_staff(), s.displayName(), s.userId(),
                            department(s.department(), t), s.rated(), null, s.dissatisfied(), s.average());
                }
            }
            if (plan != null) {
                row(csv, t.section_plan(), t.field_action_plan(), null, null, null, null, null, plan.actionPlan);
                row(csv, t.section_plan(), t.field_lessons(), null, null, null, null, null, plan.lessons);
            }
            // the complaint list is a table of its own, below the figures, with its own header
            csv.println();
            row(csv, t.section_complaints());
            if (complaints.total() > complaints.items().size()) {
                row(csv, t.csv_complaints_capped(complaints.items().size(), complaints.total()));
            }
            row(csv, t.col_received_at(), t.col_customer(), t.col_category(), t.csv_code(), t.col_owner(),
                    t.col_status(), t.csv_code(), t.col_sla(), t.csv_code(), t.col_satisfaction(), t.csv_complaint_id());
            DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
            for (PeriodComplaint p : complaints.items()) {
                row(csv, minutes.format(p.receivedAt()), p.customerName(), categories.nameOf(p.category()),
                        p.category(), p.ownerName(), complaintTexts.complaint_status(p.status()), p.status().name(),
                        complaintTexts.sla_state(p.slaState()), p.slaState().name(), p.satisfaction(), p.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String department(String department, ReportMessages t) {
        return department == null ? t.no_department() : department;
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
