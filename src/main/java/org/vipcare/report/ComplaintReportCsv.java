package org.vipcare.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as one CSV table for spreadsheets: a row per figure, the section in the first column. Columns: section,
 * key (category, department, user id or month), name (display name, or the category of a trend row), department,
 * count, breaches, value (rates and averages).
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
            csv.printRecord("period", r.period(), r.date(), null, null, null, r.zone());
            csv.printRecord("from", null, null, null, null, null, r.from());
            csv.printRecord("to", null, null, null, null, null, r.to());
            csv.printRecord("total", null, null, null, r.total(), null, null);
            csv.printRecord("contactOnTimeRate", null, null, null, null, r.slaAttainment().contactBreaches(),
                    r.slaAttainment().contactOnTimeRate());
            csv.printRecord("feedbackOnTimeRate", null, null, null, null, r.slaAttainment().feedbackBreaches(),
                    r.slaAttainment().feedbackOnTimeRate());
            csv.printRecord("averageSatisfaction", null, null, null, r.satisfactionAnswers(), null,
                    r.averageSatisfaction());
            for (var c : r.byCategory()) {
                csv.printRecord("category", c.category(), null, null, c.count(), null, null);
            }
            for (var d : r.byDepartment()) {
                csv.printRecord("department", d.department(), null, d.department(), d.count(), null, null);
            }
            for (var o : r.byOwner()) {
                csv.printRecord("owner", o.userId(), o.displayName(), o.department(), o.count(), o.breaches(), null);
            }
            for (var s : r.topComplainedStaff()) {
                csv.printRecord("complainedStaff", s.userId(), s.displayName(), s.department(), s.count(), null, null);
            }
            for (var p : r.praisedStaff()) {
                csv.printRecord("praisedStaff", p.userId(), p.displayName(), p.department(), p.answers(), null,
                        p.averageSatisfaction());
            }
            if (r.trend() != null) {
                for (var m : r.trend()) {
                    csv.printRecord("trend", m.month(), null, null, m.total(), null, null);
                    for (var c : m.byCategory()) {
                        csv.printRecord("trend", m.month(), c.category(), null, c.count(), null, null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
