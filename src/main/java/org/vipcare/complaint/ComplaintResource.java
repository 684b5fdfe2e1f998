package org.vipcare.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.QueryParams;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints from receipt to closing, with their SLA clocks and history.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class ComplaintResource {

    private static final String MOVE_RULES = " Only the owner, a supervisor or an admin moves a complaint (403 "
            + "otherwise); a move its status does not allow is 409 naming the allowed moves. Answers with the "
            + "complaint.";

    private final ComplaintService complaints;
    private final CurrentUser caller;
    private final Idempotency idempotency;
    private final BusinessTime time;

    public ComplaintResource(ComplaintService complaints, CurrentUser caller, Idempotency idempotency,
            BusinessTime time) {
        this.complaints = complaints;
        this.caller = caller;
        this.idempotency = idempotency;
        this.time = time;
    }

    @POST
    @Transactional
    @Operation(operationId = "createComplaint", summary = "Record a complaint",
            description = "Status RECEIVED, owned by the first receiver (default: the caller). contactDueAt = "
                    + "receivedAt + 2 h × m and feedbackDueAt = receivedAt + 3 days × m, where m is the SLA multiplier "
                    + "of the customer's tier in the current policy (WATCH customers: the WATCH multiplier unless the "
                    + "tier's is stricter). Clocks count wall-clock time by default; configured to WORKING time "
                    + "(vipcare.complaints.sla-time) they count the business calendar's working hours, 3 days then "
                    + "meaning 3 working days. contactWarnAt/feedbackWarnAt mark 75 % of each clock (amber). The "
                    + "category must be an active category code.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "billing", value = ComplaintExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    public Response create(@Valid @NotNull ComplaintCreate input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/complaints", input, () -> {
            Complaint complaint = complaints.open(input, "");
            return Response.created(uri.getAbsolutePathBuilder().path(complaint.id.toString()).build())
                    .tag(ETags.of(complaint.version)).entity(ComplaintDto.from(complaint, complaints.now())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getComplaint", summary = "One complaint",
            description = "Agents read the complaints they own or first received and those of their customers.")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get(@PathParam("id") UUID id) {
        Complaint complaint = complaints.get(id);
        return Response.ok(ComplaintDto.from(complaint, complaints.now())).tag(ETags.of(complaint.version)).build();
    }

    @GET
    @Operation(operationId = "listComplaints", summary = "List, filter and page complaints",
            description = "Default order: escalated first, then the running clock due soonest. overdue=true: not "
                    + "closed and a clock (contact, then feedback) past due now. from/to bound receivedAt (from "
                    + "inclusive, to exclusive). Agents see the complaints they own or first received and those of "
                    + "their customers. slaState filters on the complaint's SLA state now, the more urgent of its "
                    + "two clocks (contactSla, feedbackSla): BREACHED (missed, late or marked; sticky), WARNING "
                    + "(amber: a running clock past 75 % of its length), ON_TRACK, MET. Sort fields: receivedAt, "
                    + "contactDueAt, feedbackDueAt, createdAt, updatedAt, status.")
    public Page<ComplaintDto> list(
            @Parameter(schema = @Schema(implementation = ComplaintStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "A category code") @QueryParam("category") String category,
            @QueryParam("ownerId") String ownerId, @QueryParam("overdue") String overdue,
            @QueryParam("customerId") String customerId,
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("from") String from,
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("to") String to,
            @Parameter(description = "WARNING is amber: 75 % of a running clock gone",
                    schema = @Schema(implementation = ComplaintSlaState.class)) @QueryParam("slaState") String slaState,
            @BeanParam PageRequest paging) {
        return complaints.list(ComplaintFilter.parse(status, category, ownerId, overdue, customerId,
                QueryParams.instant("from", from, time.zone()), QueryParams.instant("to", to, time.zone()), slaState),
                paging);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listComplaintEvents", summary = "The complaint's history, oldest first",
            description = "Every move, handover and detected breach, with who, when and the note.")
    public List<ComplaintEventDto> history(@PathParam("id") UUID id) {
        return complaints.history(id);
    }

    @POST
    @Path("/{id}/contact")
    @Transactional
    @Operation(operationId = "recordComplaintContact", summary = "First contact: RECEIVED → CONTACTED",
            description = "contactedAt defaults to now; contactOnTime records whether contactDueAt was met."
                    + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Moved; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response contact(@PathParam("id") UUID id, @Valid ComplaintMoves.Contact body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        ComplaintMoves.Contact input = body == null ? new ComplaintMoves.Contact(null, null) : body;
        return move(idempotencyKey, id, "contact", input, () -> complaints.contact(id, input));
    }

    @POST
    @Path("/{id}/progress")
    @Transactional
    @Operation(operationId = "recordComplaintProgress", summary = "A progress entry: → IN_PROGRESS",
            description = "From CONTACTED, IN_PROGRESS or REOPENED. The first entry with feedbackGiven=true "
                    + "satisfies the feedback clock (feedbackOnTime)." + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Moved; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response progress(@PathParam("id") UUID id, @Valid @NotNull ComplaintMoves.Progress body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return move(idempotencyKey, id, "progress", body, () -> complaints.progress(id, body));
    }

    @POST
    @Path("/{id}/resolve")
    @Transactional
    @Operation(operationId = "resolveComplaint", summary = "Resolve: → RESOLVED",
            description = "From IN_PROGRESS or REOPENED. Telling the result counts as feedback. Creates (or moves) "
                    + "the AFTER_COMPLAINT verification follow-up for the owner, due a day later." + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Moved; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response resolve(@PathParam("id") UUID id, @Valid @NotNull ComplaintMoves.Resolve body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return move(idempotencyKey, id, "resolve", body, () -> complaints.resolve(id, body));
    }

    @POST
    @Path("/{id}/close")
    @Transactional
    @Operation(operationId = "closeComplaint", summary = "Close: RESOLVED → CLOSED",
            description = "Only once the AFTER_COMPLAINT follow-up has a REACHED attempt made after the latest "
                    + "resolution (409 otherwise)." + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Moved; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response close(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return move(idempotencyKey, id, "close", "", () -> complaints.close(id));
    }

    @POST
    @Path("/{id}/reopen")
    @Transactional
    @Operation(operationId = "reopenComplaint", summary = "Reopen: RESOLVED or CLOSED → REOPENED",
            description = "Within 30 days of the resolution. A reopened complaint moves on to IN_PROGRESS or "
                    + "RESOLVED." + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Moved; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response reopen(@PathParam("id") UUID id, @Valid @NotNull ComplaintMoves.Reopen body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return move(idempotencyKey, id, "reopen", body, () -> complaints.reopen(id, body));
    }

    @POST
    @Path("/{id}/handover")
    @Transactional
    @Operation(operationId = "handOverComplaint", summary = "Hand the complaint over to another agent or supervisor",
            description = "The only way ownership moves; recorded in the history with the note. The status does "
                    + "not change; the open verification call goes along. 400 if the target is not an enabled agent "
                    + "or supervisor, 409 if the complaint is CLOSED or already theirs." + MOVE_RULES)
    @APIResponse(responseCode = "200", description = "Handed over; the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response handover(@PathParam("id") UUID id, @Valid @NotNull ComplaintMoves.Handover body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return move(idempotencyKey, id, "handover", body, () -> complaints.handOver(id, body,
                "POST /api/v1/complaints/" + id + "/handover"));
    }

    private Response move(String idempotencyKey, UUID id, String action, Object body, Supplier<Complaint> move) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/complaints/" + id + "/" + action, body,
                () -> {
                    Complaint complaint = move.get();
                    return Response.ok(ComplaintDto.from(complaint, complaints.now()))
                            .tag(ETags.of(complaint.version)).build();
                });
    }
}
