package org.vipcare.report.console;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.report.ComplaintReport;
import org.vipcare.report.ComplaintReportCsv;
import org.vipcare.security.CurrentUser;
import org.vipcare.report.ComplaintReports;
import org.vipcare.report.ReportPeriod;
import org.vipcare.security.Role;

/**
 * The complaint reports page (抱怨分析及报告) for supervisors and admins: a period and a day, the report of
 * {@link ComplaintReports} as figures, charts and tables, printable, and the same CSV as the reports API. The figures
 * are all the report's; this class only reads the choice and renders.
 */
@Path("/admin/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
public class ReportAdminResource {

    /** A page opened without a choice shows the current month. */
    static final ReportPeriod DEFAULT_PERIOD = ReportPeriod.MONTH;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);
    }

    /** The choice as read: a period and a day, or the messages that say why not. */
    private record Choice(ReportPeriod period, LocalDate date, FormErrors errors) {
    }

    private final ComplaintReports reports;
    private final BusinessTime time;
    private final ConsoleContext console;
    private final CurrentUser caller;

    public ReportAdminResource(ComplaintReports reports, BusinessTime time, ConsoleContext console,
            CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.console = console;
        this.caller = caller;
    }

    @GET
    public Response report(@RestQuery String period, @RestQuery String date) {
        ReportMessages texts = texts();
        Choice choice = read(period, date, texts);
        if (!choice.errors().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.report(ReportPage.refused(period, date, choice.errors()))).build();
        }
        ComplaintReport report = reports.report(choice.period(), choice.date());
        return Response.ok(Templates.report(ReportPage.of(report, ComplaintCategories.load(console.languageTag()),
                texts, console.messages(), console.locale()))).build();
    }

    /** The report as the reports API's CSV, for the page's download link (the API itself takes bearer tokens only). */
    @GET
    @Path("/csv")
    @Produces(ComplaintReportCsv.MEDIA_TYPE)
    public Response csv(@RestQuery String period, @RestQuery String date) {
        Choice choice = read(period, date, texts());
        if (!choice.errors().isEmpty()) {
            // Only a hand-made address gets here; the page's link is always readable.
            String field = choice.errors().has("period") ? "period" : "date";
            throw ProblemException.invalid(field, "report.choice.invalid", choice.errors().of(field).get(0));
        }
        ComplaintReport report = reports.export(choice.period(), choice.date(), caller.username(),
                "GET /admin/reports/csv");
        return Response.ok(ComplaintReportCsv.write(report), ComplaintReportCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ComplaintReportCsv.fileName(report) + "\"")
                .build();
    }

    private Choice read(String period, String date, ReportMessages texts) {
        FormErrors errors = new FormErrors(ReportPage.FIELDS);
        ReportPeriod chosen = DEFAULT_PERIOD;
        if (!FormText.blank(period)) {
            try {
                chosen = ReportPeriod.valueOf(period.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add("period", texts.invalid_period());
            }
        }
        // the report's periods are business-zone days, whatever zone the page shows times in
        LocalDate day = time.today();
        if (!FormText.blank(date)) {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                errors.add("date", texts.invalid_date());
            }
        }
        return new Choice(chosen, day, errors);
    }

    private ReportMessages texts() {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(console.languageTag()));
    }
}
