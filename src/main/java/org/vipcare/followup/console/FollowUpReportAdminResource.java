package org.vipcare.followup.console;

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
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.followup.FollowUpReport;
import org.vipcare.followup.FollowUpReportCsv;
import org.vipcare.followup.FollowUpReportPeriod;
import org.vipcare.followup.FollowUpReportSql;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The call report page (回访执行日报, weekly and monthly figures, dissatisfied calls): a period and a day, the figures
 * of {@link FollowUpReportSql} as figures, charts and tables, printable, and a spreadsheet download. Supervisors and
 * admins see the team or, with assigneeId, one agent; an agent sees its own calls only.
 */
@Path("/admin/call-reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class FollowUpReportAdminResource {

    /** A page opened without a choice shows today. */
    static final FollowUpReportPeriod DEFAULT_PERIOD = FollowUpReportPeriod.DAY;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(FollowUpReportPage page);
    }

    private record Choice(FollowUpReportPeriod period, LocalDate date, UUID assigneeId, FormErrors errors) {
    }

    private final FollowUpReportSql reports;
    private final BusinessTime time;
    private final ConsoleContext console;
    private final CurrentUser caller;

    public FollowUpReportAdminResource(FollowUpReportSql reports, BusinessTime time, ConsoleContext console,
            CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.console = console;
        this.caller = caller;
    }

    @GET
    public Response report(@RestQuery String period, @RestQuery String date, @RestQuery String assigneeId) {
        FollowUpReportMessages texts = texts();
        Choice choice = read(period, date, assigneeId, texts);
        if (!choice.errors().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.report(FollowUpReportPage.refused(period, date, choice.errors()))).build();
        }
        FollowUpReport report = reports.report(choice.period(), choice.date(), choice.assigneeId());
        FollowUpMessages purposes = MessageBundles.get(FollowUpMessages.class,
                Localized.Literal.of(console.languageTag()));
        return Response.ok(Templates.report(FollowUpReportPage.of(report, scope(report, texts), texts,
                purposes::followup_purpose, console.messages()))).build();
    }

    /** The report as a spreadsheet for people ({@link FollowUpReportSheet}); integrators take the API's CSV. */
    @GET
    @Path("/csv")
    @Produces(FollowUpReportSheet.MEDIA_TYPE)
    public Response csv(@RestQuery String period, @RestQuery String date, @RestQuery String assigneeId) {
        FollowUpReportMessages texts = texts();
        Choice choice = read(period, date, assigneeId, texts);
        if (!choice.errors().isEmpty()) {
            // Only a hand-made address gets here; the page's link is always readable.
            boolean badPeriod = choice.errors().has("period");
            String field = badPeriod ? "period" : "date";
            throw ProblemException.invalid(field, badPeriod ? "common.not-one-of" : "common.not-a-date",
                    choice.errors().of(field).get(0));
        }
        FollowUpReport report = reports.export(choice.period(), choice.date(), choice.assigneeId(),
                caller.username(), "GET /admin/call-reports/csv");
        String sheet = FollowUpReportSheet.write(report, console.zone(), texts,
                MessageBundles.get(FollowUpMessages.class, Localized.Literal.of(console.languageTag())));
        return Response.ok(sheet, FollowUpReportSheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + FollowUpReportCsv.fileName(report) + "\"")
                .build();
    }

    private String scope(FollowUpReport report, FollowUpReportMessages texts) {
        if (!caller.seesEverything()) {
            return texts.own_figures();
        }
        if (report.assigneeId() == null) {
            return texts.whole_team();
        }
        return texts.one_agent(report.byAgent().stream().filter(a -> report.assigneeId().equals(a.userId()))
                .map(FollowUpReport.AgentFigures::displayName).findFirst().orElse(report.assigneeId().toString()));
    }

    private Choice read(String period, String date, String assigneeId, FollowUpReportMessages texts) {
        FormErrors errors = new FormErrors(FollowUpReportPage.FIELDS);
        FollowUpReportPeriod chosen = DEFAULT_PERIOD;
        if (!FormText.blank(period)) {
            try {
                chosen = FollowUpReportPeriod.valueOf(period.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add("period", texts.invalid_period());
            }
        }
        LocalDate day = time.today();
        if (!FormText.blank(date)) {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                errors.add("date", texts.invalid_date());
            }
        }
        UUID assignee = caller.seesEverything() ? null : caller.id();
        if (caller.seesEverything() && !FormText.blank(assigneeId)) {
            try {
                assignee = UUID.fromString(assigneeId.trim());
            } catch (IllegalArgumentException e) {
                // a hand-made address: the team's figures
                assignee = null;
            }
        }
        return new Choice(chosen, day, assignee, errors);
    }

    private FollowUpReportMessages texts() {
        return MessageBundles.get(FollowUpReportMessages.class, Localized.Literal.of(console.languageTag()));
    }
}
