package org.vipcare.report;

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

/** Complaint reports for supervisors (API.md "Complaints"); a literal path, so it never reaches /complaints/{id}. */
@Path("/api/v1/complaints/reports")
@Tag(name = "Reports", description = "Complaint reports per week, month, quarter or year, as JSON or CSV.")
@RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
public class ComplaintReportResource {

    static final String CSV = "text/csv";

    private final ComplaintReports reports;
    private final BusinessTime time;
    private final CurrentUser caller;

    public ComplaintReportResource(ComplaintReports reports, BusinessTime time, CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getComplaintReport", summary = "Complaint report for a week, month, quarter or year",
            description = "Complaints received in the period that contains `date` (ISO week Monday-Sunday, or the "
                    + "calendar month, quarter or year, in the service zone vipcare.zone): total; counts by category, "
                    + "by the owner's department and by owner (with missed clocks); the top 5 staff most complained "
                    + "about (complaints by their staffConcernedId; complaints without one count for nobody); praised staff (owners "
                    + "whose verification calls averaged >= 4.5 over >= 3 answers, top 5); SLA attainment (on-time "
                    + "rates over the clocks that have an outcome, null when none); the average satisfaction of the "
                    + "verification calls; for QUARTER and YEAR a per-month trend by category. CSV with "
                    + "`format=csv` or `Accept: text/csv`. Supervisors and admins only.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "week", value = ReportExamples.CSV)) })
    public Response report(
            @Parameter(required = true, schema = @Schema(implementation = ReportPeriod.class)) @QueryParam("period")
            String period,
            @Parameter(description = "A day in the period; default today in vipcare.zone",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date,
            @Parameter(description = "json (default) or csv; or send Accept: text/csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportPeriod reportPeriod = QueryParams.enumValue("period", ReportPeriod.class, period);
        if (reportPeriod == null) {
            throw ProblemException.invalid("period", "common.not-one-of",
                    "must be one of [WEEK, MONTH, QUARTER, YEAR]");
        }
        boolean csv = QueryParams.wantsCsv(format, accept);
        if (csv) {
            ComplaintReport report = reports.export(reportPeriod, day(date), caller.username(),
                    "GET /api/v1/complaints/reports");
            return Response.ok(ComplaintReportCsv.write(report), ComplaintReportCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + ComplaintReportCsv.fileName(report)
                            + "\"")
                    .build();
        }
        return Response.ok(reports.report(reportPeriod, day(date)), MediaType.APPLICATION_JSON).build();
    }

    private LocalDate day(String date) {
        LocalDate day = QueryParams.date("date", date);
        return day == null ? time.today() : day;
    }
}
