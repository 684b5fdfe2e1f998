package org.vipcare.report.console;

import org.vipcare.complaint.console.ComplaintCategories;
import org.vipcare.complaint.console.ComplaintMessages;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.vipcare.report.ReportPlan;
import org.vipcare.report.ReportPlans;
import org.vipcare.report.PeriodComplaint;
import org.vipcare.report.PeriodComplaints;
import org.vipcare.report.SatisfactionAnalysis;
import org.vipcare.report.ComplaintSatisfaction;
import org.vipcare.common.Page;
import org.vipcare.console.ConsolePaging;
import org.vipcare.security.Role;

/**
 * The complaint reports page (抱怨分析及报告) for supervisors and admins: a period and a day, the report of
 * {@link ComplaintReports} as figures, charts and tables, the period's complaints, for quarters and years the
 * satisfaction analysis and the action plan (editable here), printable, and a spreadsheet download. The figures are
 * all the services'; this class only reads the choice and renders.
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
    private final PeriodComplaints periodComplaints;
    private final SatisfactionAnalysis analysis;
    private final ReportPlans plans;
    private final BusinessTime time;
    private final ConsoleContext console;
    private final CurrentUser caller;

    public ReportAdminResource(ComplaintReports reports, PeriodComplaints periodComplaints,
            SatisfactionAnalysis analysis, ReportPlans plans, BusinessTime time, ConsoleContext console,
            CurrentUser caller) {
        this.reports = reports;
        this.periodComplaints = periodComplaints;
        this.analysis = analysis;
        this.plans = plans;
        this.time = time;
        this.console = console;
        this.caller = caller;
    }

    @GET
    public Response report(@RestQuery String period, @RestQuery String date, @RestQuery String page,
            @RestQuery String notice) {
        ReportMessages texts = texts();
        Choice choice = read(period, date, texts);
        if (!choice.errors().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.report(ReportPage.refused(period, date, choice.errors()))).build();
        }
        ReportPlan saved = plans.of(choice.period(), choice.date()).orElse(null);
        ReportPage.Plan plan = choice.period().holdsPlans() ? ReportPage.Plan.of(saved, ReportPlanForm.of(saved),
                new FormErrors(ReportPlanForm.FIELDS), ReportPage.Plan.Alert.NONE) : null;
        return Response.ok(Templates.report(page(choice, ConsolePaging.pageNumber(page), plan,
                "plan_saved".equals(notice) ? texts.plan_saved() : null, texts))).build();
    }

    /**
     * Saves the action plan and lessons of a quarter or year, only if nobody saved them since the form was loaded;
     * back to the report with a notice, or the report again with the form as typed and why not.
     */
    @POST
    @Path("/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlan(@BeanParam ReportPlanForm form) {
        ReportMessages texts = texts();
        Choice choice = read(form.period, form.date, texts);
        if (!choice.errors().isEmpty() || !choice.period().holdsPlans()) {
            // Only a hand-made request gets here: the form carries the period it was shown with.
            throw ProblemException.invalid("period", "report.plan.period", "only a QUARTER or a YEAR holds action plans");
        }
        FormErrors errors = new FormErrors(ReportPlanForm.FIELDS);
        if (form.tooLong(form.actionPlan)) {
            errors.add("actionPlan", texts.plan_too_long(ReportPlan.MAX_LENGTH));
        }
        if (form.tooLong(form.lessons)) {
            errors.add("lessons", texts.plan_too_long(ReportPlan.MAX_LENGTH));
        }
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                plans.save(choice.period(), choice.date(), form.actionPlan, form.lessons, form.basedOn(),
                        caller.username());
                return Response.seeOther(URI.create("/admin/reports?period=" + choice.period() + "&date="
                        + choice.date() + "&notice=plan_saved#plan")).build();
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        ReportPlan saved = plans.of(choice.period(), choice.date()).orElse(null);
        if (stale && saved != null) {
            // the user has now seen the other text: a second save replaces it on purpose
            form.version = Long.toString(saved.version);
        }
        ReportPage.Plan plan = ReportPage.Plan.of(saved, form, errors,
                stale ? ReportPage.Plan.Alert.STALE : ReportPage.Plan.Alert.INVALID);
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.report(page(choice, 0, plan, null, texts))).build();
    }

    // A GET of the form's address (the language switch on a refused form) goes back to the reports.
    @GET
    @Path("/plan")
    public Response planAddress(@RestQuery String period, @RestQuery String date) {
        Choice choice = read(period, date, texts());
        return Response.seeOther(URI.create(choice.errors().isEmpty()
                ? "/admin/reports?period=" + choice.period() + "&date=" + choice.date() : "/admin/reports")).build();
    }

    /**
     * The report as a spreadsheet for people ({@link ReportSheet}: in the reader's language, with a BOM for Excel);
     * integrators take the reports API's CSV instead.
     */
    @GET
    @Path("/csv")
    @Produces(ReportSheet.MEDIA_TYPE)
    public Response csv(@RestQuery String period, @RestQuery String date) {
        ReportMessages texts = texts();
        Choice choice = read(period, date, texts);
        if (!choice.errors().isEmpty()) {
            // Only a hand-made address gets here; the page's link is always readable.
            String field = choice.errors().has("period") ? "period" : "date";
            throw ProblemException.invalid(field, "report.choice.invalid", choice.errors().of(field).get(0));
        }
        ComplaintReport report = reports.export(choice.period(), choice.date(), caller.username(),
                "GET /admin/reports/csv");
        ComplaintSatisfaction satisfaction = choice.period().holdsPlans()
                ? analysis.of(choice.period(), choice.date()) : null;
        ReportPlan plan = plans.of(choice.period(), choice.date()).orElse(null);
        String sheet = ReportSheet.write(report, satisfaction, plan,
                periodComplaints.first(choice.period(), choice.date(), ReportSheet.MAX_COMPLAINTS), console.zone(),
                ComplaintCategories.load(console.languageTag()), texts,
                MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(console.languageTag())));
        return Response.ok(sheet, ReportSheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ComplaintReportCsv.fileName(report) + "\"")
                .build();
    }

    private ReportPage page(Choice choice, int pageNumber, ReportPage.Plan plan, String notice,
            ReportMessages texts) {
        ComplaintReport report = reports.report(choice.period(), choice.date());
        Page<PeriodComplaint> complaints = periodComplaints.page(choice.period(), choice.date(), pageNumber);
        ComplaintSatisfaction satisfaction = choice.period().holdsPlans()
                ? analysis.of(choice.period(), choice.date()) : null;
        return ReportPage.of(report, ComplaintCategories.load(console.languageTag()), complaints, satisfaction, plan,
                notice, texts, console.messages(), console.locale());
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
