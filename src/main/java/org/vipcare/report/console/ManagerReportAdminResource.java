package org.vipcare.report.console;

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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.report.ManagerReport;
import org.vipcare.report.ManagerReportCsv;
import org.vipcare.report.ManagerReportPeriod;
import org.vipcare.report.ManagerReportSql;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The manager performance page: a period, every manager's figures (an agent's own only) as a summary table and a card
 * per manager, printable, and the API's CSV to download. A literal path under /admin/reports, matched before the
 * complaint reports' page.
 */
@Path("/admin/reports/managers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ManagerReportAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ManagerReportPage page);
    }

    private final ManagerReportSql reports;
    private final BusinessTime time;
    private final ConsoleContext console;
    private final CurrentUser caller;

    public ManagerReportAdminResource(ManagerReportSql reports, BusinessTime time, ConsoleContext console,
            CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.console = console;
        this.caller = caller;
    }

    @GET
    public Response report(@RestQuery String from, @RestQuery String to) {
        ManagerReportMessages texts = texts();
        FormErrors errors = new FormErrors(ManagerReportPage.FIELDS);
        ManagerReportPeriod period = read(from, to, errors, texts);
        if (period == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.report(ManagerReportPage.refused(from, to, errors))).build();
        }
        ManagerReport report = reports.report(period, manager());
        return Response.ok(Templates.report(ManagerReportPage.of(report,
                caller.seesEverything() ? texts.whole_team() : texts.own_figures()))).build();
    }

    /** The report as the API's CSV; only a hand-made address can be refused here. */
    @GET
    @Path("/csv")
    @Produces(ManagerReportCsv.MEDIA_TYPE)
    public Response csv(@RestQuery String from, @RestQuery String to) {
        ManagerReportPeriod period = ManagerReportPeriod.of(QueryParams.date("from", from),
                QueryParams.date("to", to), time.today());
        ManagerReport report = reports.export(period, manager(), caller.username(), "GET /admin/reports/managers/csv");
        return Response.ok(ManagerReportCsv.write(report), ManagerReportCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ManagerReportCsv.fileName(report) + "\"")
                .build();
    }

    private UUID manager() {
        return caller.seesEverything() ? null : caller.id();
    }

    /** The period typed, or null with the fields' messages. */
    private ManagerReportPeriod read(String from, String to, FormErrors errors, ManagerReportMessages texts) {
        LocalDate first = parse("from", from, errors, texts);
        LocalDate last = parse("to", to, errors, texts);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return ManagerReportPeriod.of(first, last, time.today());
        } catch (ProblemException problem) {
            errors.addProblem(problem, console);
            return null;
        }
    }

    private static LocalDate parse(String field, String value, FormErrors errors, ManagerReportMessages texts) {
        if (FormText.blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, texts.invalid_date());
            return null;
        }
    }

    private ManagerReportMessages texts() {
        return MessageBundles.get(ManagerReportMessages.class, Localized.Literal.of(console.languageTag()));
    }
}
