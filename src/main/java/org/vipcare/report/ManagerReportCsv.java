package org.vipcare.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vipcare.common.CsvCells;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.report.ManagerReport.ManagerClassTime;
import org.vipcare.report.ManagerReport.ManagerFigures;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The manager report as one CSV table for spreadsheets: after the header, a period row (from, to, zone), a row per
 * manager and the team row, each with every figure of {@link ManagerFigures} flat, in the order of the JSON. Names are
 * written formula-safe.
 */
public final class ManagerReportCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final String[] HEADER = header();

    private ManagerReportCsv() {
    }

    private static String[] header() {
        List<String> h = new ArrayList<>(List.of("section", "userId", "displayName", "customers"));
        for (Tier tier : Tier.values()) {
            h.add("tier" + tier);
        }
        h.add("watch");
        for (ValueClass valueClass : ValueClass.values()) {
            h.add("class" + valueClass);
        }
        for (EnterpriseClass enterpriseClass : EnterpriseClass.values()) {
            h.add("enterprise" + enterpriseClass);
        }
        h.addAll(List.of("plannedHours", "actualHours", "serviceTimeRatio", "callHours", "visitHours"));
        for (ValueClass valueClass : ValueClass.values()) {
            h.addAll(List.of("planned" + valueClass, "actual" + valueClass, "ratio" + valueClass));
        }
        h.addAll(List.of("returningCustomers", "returnRate", "spend", "tickets", "averageTicket", "welcomeDue",
                "welcomeOnTime", "welcomeLate", "welcomeOnTimeRate", "retentionClosed", "retained", "partial", "lost",
                "retentionRate", "complaints", "contactOnTime", "contactOutcomes", "contactOnTimeRate",
                "feedbackOnTime", "feedbackOutcomes", "feedbackOnTimeRate", "breaches", "averageSatisfaction",
                "satisfactionAnswers"));
        return h.toArray(String[]::new);
    }

    /** The name a download is saved under, e.g. {@code managers-2026-11-01-2026-11-30.csv}. */
    public static String fileName(ManagerReport r) {
        return "managers-" + r.from() + "-" + r.to() + ".csv";
    }

    public static String write(ManagerReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            csv.printRecord("period", r.from(), r.to(), r.zone());
            for (ManagerFigures m : r.managers()) {
                csv.printRecord(cells("manager", m));
            }
            if (r.team() != null) {
                csv.printRecord(cells("team", r.team()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> cells(String section, ManagerFigures m) {
        List<Object> c = new ArrayList<>();
        c.add(section);
        c.add(m.userId());
        c.add(m.displayName() == null ? null : CsvCells.safe(m.displayName()));
        c.add(m.book().customers());
        for (Tier tier : Tier.values()) {
            c.add(m.book().byTier().get(tier));
        }
        c.add(m.book().watch());
        for (ValueClass valueClass : ValueClass.values()) {
            c.add(m.book().byValueClass().get(valueClass));
        }
        for (EnterpriseClass enterpriseClass : EnterpriseClass.values()) {
            c.add(m.book().byEnterpriseClass().get(enterpriseClass));
        }
        var s = m.serviceTime();
        c.addAll(nullable(s.plannedHours(), s.actualHours(), s.ratio(), s.callHours(), s.visitHours()));
        for (ManagerClassTime t : s.byValueClass()) {
            c.addAll(nullable(t.plannedHours(), t.actualHours(), t.ratio()));
        }
        var ret = m.returns();
        c.addAll(nullable(ret.returningCustomers(), ret.returnRate(), ret.spend(), ret.tickets(),
                ret.averageTicket()));
        var w = m.welcome();
        c.addAll(nullable(w.due(), w.onTime(), w.late(), w.onTimeRate()));
        var rc = m.retention();
        c.addAll(nullable(rc.closed(), rc.retained(), rc.partial(), rc.lost(), rc.retentionRate()));
        var k = m.complaints();
        c.addAll(nullable(k.received(), k.contactOnTime(), k.contactOutcomes(), k.contactOnTimeRate(),
                k.feedbackOnTime(), k.feedbackOutcomes(), k.feedbackOnTimeRate(), k.breaches()));
        c.addAll(nullable(m.satisfaction().average(), m.satisfaction().answers()));
        return c;
    }

    /** Values that may be null, which List.of refuses. */
    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
