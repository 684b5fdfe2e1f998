package org.vipcare.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * Call reports (API.md wave 2 "Follow-ups"); a literal path, matched before /follow-ups/{id} (FollowUpReportTest
 * checks). Content negotiation as the complaint reports: JSON, or CSV with {@code Accept: text/csv}.
 */
@Path("/api/v1/follow-ups/reports")
@Tag(name = "Follow-ups")
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class FollowUpReportResource {

    static final String CSV = "text/csv";

    private final FollowUpReportSql reports;
    private final BusinessTime time;
    private final CurrentUser caller;

    public FollowUpReportResource(FollowUpReportSql reports, BusinessTime time, CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getFollowUpReport", summary = "Call report for a day, week or month",
            description = "The call tasks due in the period that contains `date` (the business day, the ISO week "
                    + "Monday-Sunday or the calendar month, in the service zone vipcare.zone; a task counts in the "
                    + "period of its current dueAt, for its current assignee; cancelled tasks are left out): totals, "
                    + "the same figures per purpose and per agent, and the dissatisfied calls (reached, satisfaction "
                    + "<= 2) with what the customer said and the answer to the opinion raised. Figures: due; done "
                    + "(tasks with a call made); calls (attempts); reached; reachRate = reached / done; onTime "
                    + "(reached at or before dueAt); onTimeRate = onTime / (reached + unreached past dueAt); welcome "
                    + "and welcomeInTime (WELCOME tasks reached within 72 h of the customer's move into GOLD or "
                    + "above); averageSatisfaction over satisfactionAnswers; dissatisfied; leads; opinions, "
                    + "opinionsOnTime (answeredAt <= answerDueAt) and opinionsOnTimeRate = opinionsOnTime / "
                    + "(answered + unanswered past answerDueAt). Rates and averages are null when there is nothing "
                    + "to divide by. Supervisors and admins see everyone or one agent (assigneeId); an agent sees "
                    + "its own tasks only (assigneeId is ignored). CSV with `Accept: text/csv` or `format=csv`; a "
                    + "CSV download is audited.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "day", value = FollowUpReportExamples.CSV)) })
    public Response report(
            @Parameter(required = true, schema = @Schema(implementation = FollowUpReportPeriod.class))
            @QueryParam("period") String period,
            @Parameter(description = "A day in the period; default today in vipcare.zone",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date,
            @Parameter(description = "Only this assignee's tasks (supervisors and admins; ignored for agents)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("assigneeId")
            String assigneeId,
            @Parameter(description = "json (default) or csv; or send Accept: text/csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        FollowUpReportPeriod reportPeriod = QueryParams.enumValue("period", FollowUpReportPeriod.class, period);
        if (reportPeriod == null) {
            throw ProblemException.invalid("period", "common.not-one-of", "must be one of [DAY, WEEK, MONTH]");
        }
        LocalDate day = QueryParams.date("date", date);
        if (day == null) {
            day = time.today();
        }
        UUID assignee = caller.seesEverything() ? QueryParams.uuid("assigneeId", assigneeId) : caller.id();
        if (QueryParams.wantsCsv(format, accept)) {
            FollowUpReport report = reports.export(reportPeriod, day, assignee, caller.username(),
                    "GET /api/v1/follow-ups/reports");
            return Response.ok(FollowUpReportCsv.write(report), FollowUpReportCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + FollowUpReportCsv.fileName(report)
                            + "\"")
                    .build();
        }
        return Response.ok(reports.report(reportPeriod, day, assignee), MediaType.APPLICATION_JSON).build();
    }
}
