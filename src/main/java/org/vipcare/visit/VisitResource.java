package org.vipcare.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.QueryParams;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.Role;

/**
 * Visits to enterprise customers (API.md Wave 2): read, listed, recorded, rescheduled, cancelled; planned under the
 * customer ({@link VisitPlanResource}). Staff work only: integrations push customers and consumption (API.md
 * "Who may do what"), so they have no access here.
 */
@Path("/api/v1/visits")
@Tag(name = "Visits", description = "Managers' visits to enterprise customers: planned, recorded, cancelled; "
        + "and the reference preparation checklist.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class VisitResource {

    private final VisitService visits;
    private final VisitPatch patches;

    public VisitResource(VisitService visits, VisitPatch patches) {
        this.visits = visits;
        this.patches = patches;
    }

    @GET
    @Operation(operationId = "listVisits", summary = "Visits, newest plan first",
            description = "An agent sees the visits it makes and those of its customers; supervisors and admins "
                    + "all. managerId: who makes them. from/to: business-zone dates (inclusive) of the visit's time, "
                    + "visitedAt when DONE, else plannedAt. status: PLANNED (overdue ones included), OVERDUE (PLANNED "
                    + "with plannedAt in the past), DONE, CANCELLED. Sort fields: plannedAt, visitedAt, createdAt.")
    public Page<VisitDto> list(@QueryParam("managerId") String managerId,
            @QueryParam("customerId") String customerId,
            @Parameter(description = "Business-zone date, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Business-zone date, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = VisitState.class)) @QueryParam("status") String status,
            @BeanParam PageRequest paging) {
        return visits.list(QueryParams.uuid("managerId", managerId), QueryParams.uuid("customerId", customerId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumValue("status", VisitState.class, status), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVisit", summary = "A visit",
            description = "For its manager, the customer's manager, supervisors and admins. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The visit",
            content = @Content(schema = @Schema(implementation = VisitDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "403", description = "Another manager's visit")
    @APIResponse(responseCode = "404", description = "Unknown visit")
    public Response get(@PathParam("id") UUID id) {
        VisitDto visit = visits.read(id);
        return Response.ok(visit).tag(ETags.of(visit.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ VisitPatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    @Operation(operationId = "updateVisit", summary = "Record, reschedule or cancel a planned visit",
            description = "A JSON merge patch (application/merge-patch+json, or application/json) of a PLANNED "
                    + "visit; a missing or null member changes nothing. visitedAt (not in the future) with summary "
                    + "records it: status DONE, with nextSteps, leads and durationMinutes (left out: "
                    + "vipcare.visits.default-duration-minutes, 60). plannedAt (in the future), purpose, contactIds "
                    + "and checklist change the plan (tick an item by sending the checklist back with done). status "
                    + "CANCELLED cancels it, alone. A DONE or CANCELLED visit is final: 409 visit.closed, its "
                    + "detail naming the status. Needs If-Match with the ETag read.")
    @RequestBody(content = {
            @Content(mediaType = VisitPatch.MEDIA_TYPE, schema = @Schema(implementation = VisitUpdate.class),
                    examples = {
                            @ExampleObject(name = "record", value = VisitExamples.RECORD),
                            @ExampleObject(name = "reschedule", value = VisitExamples.RESCHEDULE),
                            @ExampleObject(name = "tick", value = VisitExamples.TICK),
                            @ExampleObject(name = "cancel", value = VisitExamples.CANCEL) }),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitUpdate.class),
                    examples = @ExampleObject(name = "record", value = VisitExamples.RECORD)) })
    @APIResponse(responseCode = "200", description = "Changed; the visit with its new version",
            content = @Content(schema = @Schema(implementation = VisitDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "400", description = "Bad input: visitedAt in the future, no summary, a past "
            + "plannedAt, cancel with other changes, an unknown member or contact; nothing changed")
    @APIResponse(responseCode = "403", description = "Another manager's visit")
    @APIResponse(responseCode = "404", description = "Unknown visit")
    @APIResponse(responseCode = "409", description = "The visit is DONE or CANCELLED (visit.closed)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, String patch,
            @Parameter(description = "ETag from the last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) throws JsonProcessingException {
        Visit visit = visits.change(id, patches.read(patch), ifMatch);
        return Response.ok(VisitDto.from(visit, visit.updatedAt)).tag(ETags.of(visit.version)).build();
    }
}
