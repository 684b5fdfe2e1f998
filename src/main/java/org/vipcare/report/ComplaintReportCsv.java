package org.vipcare.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vipcare.common.CsvCells;

/**
 * The report as one CSV table for spreadsheets: a row per figure, the section in the first column. Columns: section,
 * key (category, department, user id or month), name (display name, or the category of a trend row), department,
 * count, breaches, value (rates and averages). Every text cell is written formula-safe: names and departments are
 * typed by people.
 */
public final class ComplaintReportCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final String[] HEADER = { "section", "key", "name", "department", "count", "breaches", "value" };

    private ComplaintReportCsv() {
    }

    /** The name a download of the report is saved under, e.g. {@code complaints-week-2026-11-16.csv}. */
    public static String fileName(ComplaintReport r) {
        return "complaints-" + r.period().name().toLowerCase() + "-" + r.from().toLocalDate() + ".csv";
    }

    public static String write(ComplaintReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            row(csv, "period", r.period(), r.date(), null, null, null, r.zone());
            row(csv, "from", null, null, null, null, null, r.from());
            row(csv, "to", null, null, null, null, null, r.to());
            row(csv, "total", null, null, null, r.total(), null, null);
            row(csv, "contactOnTimeRate", null, null, null, null, r.slaAttainment().contactBreaches(),
                    r.slaAttainment().contactOnTimeRate());
            row(csv, "feedbackOnTimeRate", null, null, null, null, r.slaAttainment().feedbackBreaches(),
                    r.slaAttainment().feedbackOnTimeRate());
            row(csv, "averageSatisfaction", null, null, null, r.satisfactionAnswers(), null,
                    r.averageSatisfaction());
            for (var c : r.byCategory()) {
                row(csv, "category", c.category(), null, null, c.count(), null, null);
            }
            for (var d : r.byDepartment()) {
                row(csv, "department", d.department(), null, d.department(), d.count(), null, null);
            }
            for (var o : r.byOwner()) {
                row(csv, "owner", o.userId(), o.displayName(), o.department(), o.count(), o.breaches(), null);
            }
            for (var s : r.topComplainedStaff()) {
                row(csv, "complainedStaff", s.userId(), s.displayName(), s.department(), s.count(), null, null);
            }
            for (var p : r.praisedStaff()) {
                row(csv, "praisedStaff", p.userId(), p.displayName(), p.department(), p.answers(), null,
                        p.averageSatisfaction());
            }
            if (r.trend() != null) {
                for (var m : r.trend()) {
                    row(csv, "trend", m.month(), null, null, m.total(), null, null);
                    for (var c : m.byCategory()) {
                        row(csv, "trend", m.month(), c.category(), null, c.count(), null, null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof String text ? CsvCells.safe(text) : values[i];
        }
        csv.printRecord(cells);
    }
}
