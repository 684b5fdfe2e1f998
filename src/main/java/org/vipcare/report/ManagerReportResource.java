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
import org.vipcare.common.QueryParams;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The manager performance report (API.md wave 2 "Reports"): supervisors and admins see every manager, an agent
 * itself.
 */
@Path("/api/v1/reports/managers")
@Tag(name = "Reports")
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ManagerReportResource {

    static final String CSV = "text/csv";

    private final ManagerReportSql reports;
    private final BusinessTime time;
    private final CurrentUser caller;

    public ManagerReportResource(ManagerReportSql reports, BusinessTime time, CurrentUser caller) {
        this.reports = reports;
        this.time = time;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "getManagerReport", summary = "Manager performance report for a period",
            description = "A manager's own figures over the business days [from, to] (both inclusive, in the service "
                    + "zone vipcare.zone; at most 366 days; a bound left out takes the other's month, both left out "
                    + "the current month). Per manager (users with customers now, or with service time in the "
                    + "period), by display name: the book now by tier, WATCH, ABCD value class and enterprise class; "
                    + "service time per value class, planned (vipcare.tiers.monthly-call-hours x days / 30 x the "
                    + "class's share A 40 %, B 30 %, C 20 %, D 10 %) against actual (durations of the calls the "
                    + "manager made and of the visits done in the period); 回站率 returnRate (customers with a visit in "
                    + "the period / customers) and 客单价 averageTicket (spend / spend records); WELCOME calls on time; "
                    + "retention rate of the cases closed ((retained + partial) / closed); the complaint report's SLA "
                    + "attainment of the complaints the manager owns, received in the period; average satisfaction "
                    + "of the reached calls. Rates and averages are null when there is nothing to divide by. "
                    + "Supervisors and admins get every manager and the team row; an agent its own row only and no "
                    + "team row. CSV with `Accept: text/csv` or `format=csv`; a CSV download is audited.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagerReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "month", value = ManagerReportExamples.CSV)) })
    public Response report(
            @Parameter(description = "First day of the period; default the first day of to's month, or of this month",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, inclusive; default the last day of from's month, or of "
                    + "this month", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "json (default) or csv; or send Accept: text/csv",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv" }))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ManagerReportPeriod period = ManagerReportPeriod.of(QueryParams.date("from", from),
                QueryParams.date("to", to), time.today());
        UUID manager = caller.seesEverything() ? null : caller.id();
        if (QueryParams.wantsCsv(format, accept)) {
            ManagerReport report = reports.export(period, manager, caller.username(), "GET /api/v1/reports/managers");
            return Response.ok(ManagerReportCsv.write(report), ManagerReportCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + ManagerReportCsv.fileName(report)
                            + "\"")
                    .build();
        }
        return Response.ok(reports.report(period, manager), MediaType.APPLICATION_JSON).build();
    }
}
