package org.vipcare.followup;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vipcare.common.CsvCells;
import org.vipcare.followup.FollowUpReport.Figures;

/**
 * The call report as one CSV table for spreadsheets, like the complaint report's: a row per set of figures, the section
 * (total, purpose, agent) first, then key (purpose or user id), name (display name) and the figures in the order of
 * {@link Figures}; the period, its bounds and zone head the table in the first three columns
 * Below, a second table lists the dissatisfied calls. Every text cell is written formula-safe: names
 * and answers are typed by people.
 */
public final class FollowUpReportCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final String[] HEADER = { "section", "key", "name", "due", "done", "calls", "reached", "reachRate",
        "onTime", "onTimeRate", "welcome", "welcomeInTime", "averageSatisfaction", "satisfactionAnswers",
        "dissatisfied", "leads", "opinions", "opinionsOnTime", "opinionsOnTimeRate" };

    static final String[] DISSATISFIED_HEADER = { "dissatisfied", "followUpId", "attemptId", "customerId", "purpose",
        "assigneeId", "assigneeName", "at", "satisfaction", "answers", "suggestion", "problem", "answerDueAt",
        "answer", "answeredAt", "complaintId" };

    private FollowUpReportCsv() {
    }

    /** The name a download is saved under, e.g. {@code calls-day-2026-11-23.csv}. */
    public static String fileName(FollowUpReport r) {
        return "calls-" + r.period().name().toLowerCase() + "-" + r.from().toLocalDate() + ".csv";
    }

    public static String write(FollowUpReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            row(csv, new Object[] { "period", r.period(), r.date() });
            row(csv, new Object[] { "from", null, r.from() });
            row(csv, new Object[] { "to", null, r.to() });
            row(csv, new Object[] { "zone", null, r.zone() });
            figures(csv, "total", null, null, r.totals());
            for (var p : r.byPurpose()) {
                figures(csv, "purpose", p.purpose(), null, p.figures());
            }
            for (var a : r.byAgent()) {
                figures(csv, "agent", a.userId(), a.displayName(), a.figures());
            }
            csv.println();
            row(csv, DISSATISFIED_HEADER);
            for (var d : r.dissatisfied()) {
                row(csv, new Object[] { "dissatisfied", d.followUpId(), d.attemptId(), d.customerId(), d.purpose(),
                    d.assigneeId(), d.assigneeName(), d.at(), d.satisfaction(), d.answers(), d.suggestion(),
                    d.problem(), d.answerDueAt(), d.answer(), d.answeredAt(), d.complaintId() });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void figures(CSVPrinter csv, String section, Object key, String name, Figures f)
            throws IOException {
        row(csv, new Object[] { section, key, name, f.due(), f.done(), f.calls(), f.reached(), f.reachRate(),
            f.onTime(), f.onTimeRate(), f.welcome(), f.welcomeInTime(), f.averageSatisfaction(),
            f.satisfactionAnswers(), f.dissatisfied(), f.leads(), f.opinions(), f.opinionsOnTime(),
            f.opinionsOnTimeRate() });
    }

    private static void row(CSVPrinter csv, Object[] values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof String text ? CsvCells.safe(text) : values[i];
        }
        csv.printRecord(cells);
    }
}
