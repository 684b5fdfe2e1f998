package org.vipcare.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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

@Path("/api/v1/follow-ups")
@Tag(name = "Follow-ups", description = "Care and verification calls, their attempts and the opinions raised in them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class FollowUpResource {

    private final FollowUpService followUps;
    private final CurrentUser caller;
    private final Idempotency idempotency;
    private final BusinessTime time;
    private final FollowUpPatch patches;

    public FollowUpResource(FollowUpService followUps, CurrentUser caller, Idempotency idempotency,
            BusinessTime time, FollowUpPatch patches) {
        this.patches = patches;
        this.followUps = followUps;
        this.caller = caller;
        this.idempotency = idempotency;
        this.time = time;
    }

    @GET
    @Operation(operationId = "listFollowUps", summary = "The follow-up queue, most urgent first",
            description = "An agent sees its own tasks; supervisors and admins filter by assigneeId. Sort: dueAt, "
                    + "createdAt.")
    public Page<FollowUpDto> queue(@QueryParam("assigneeId") String assigneeId,
            @Parameter(schema = @Schema(implementation = FollowUpStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = FollowUpPurpose.class)) @QueryParam("purpose") String purpose,
            @QueryParam("dueBefore") String dueBefore,
            @QueryParam("customerId") String customerId, @QueryParam("complaintId") String complaintId,
            @BeanParam PageRequest paging) {
        return followUps.queue(QueryParams.uuid("assigneeId", assigneeId),
                QueryParams.enumValue("status", FollowUpStatus.class, status),
                QueryParams.enumValue("purpose", FollowUpPurpose.class, purpose),
                QueryParams.instant("dueBefore", dueBefore, time.zone()), QueryParams.uuid("customerId", customerId),
                QueryParams.uuid("complaintId", complaintId), paging);
    }

    @GET
    @Path("/opinions")
    @Operation(operationId = "listFollowUpOpinions", summary = "Customer opinions raised in calls, oldest due first",
            description = "A suggestion or problem recorded on a call (and not turned into a complaint) is to be "
                    + "answered within 2 working days of the business calendar (answerDueAt). answered=false is the "
                    + "queue of opinions still to answer; overdue marks those past answerDueAt. An agent sees the "
                    + "opinions of its own tasks; supervisors and admins all, or one assignee's. Sort: "
                    + "answerDueAt (ascending only).")
    public Page<FollowUpOpinionDto> opinions(@QueryParam("answered") String answered,
            @QueryParam("assigneeId") String assigneeId, @QueryParam("customerId") String customerId,
            @BeanParam PageRequest paging) {
        return followUps.opinions(QueryParams.bool("answered", answered), QueryParams.uuid("assigneeId", assigneeId),
                QueryParams.uuid("customerId", customerId), paging);
    }

    @POST
    @Path("/{id}/attempts/{attemptId}/answer")
    @Transactional
    @Operation(operationId = "answerFollowUpOpinion", summary = "Answer the opinion raised in a call",
            description = "Records what the customer was told about the suggestion or problem of that attempt; it "
                    + "leaves the opinions queue. The task's assignee, a supervisor or an admin answers; once only "
                    + "(409 when already answered or when the attempt raised no opinion).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", value = FollowUpExamples.ANSWER)))
    @APIResponse(responseCode = "200", description = "Answered; the attempt with its answer",
            content = @Content(schema = @Schema(implementation = FollowUpAttemptDto.class)))
    @APIResponse(responseCode = "409", description = "No opinion to answer, or answered already")
    public Response answer(@PathParam("id") UUID id, @PathParam("attemptId") UUID attemptId,
            @Valid @NotNull FollowUpAnswer input, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, caller.username(),
                "POST /api/v1/follow-ups/" + id + "/attempts/" + attemptId + "/answer", input,
                () -> Response.ok(followUps.answer(id, attemptId, input)).build());
    }

    @POST
    @Transactional
    @Operation(operationId = "createFollowUp", summary = "Create a follow-up task",
            description = "The assignee defaults to the caller; an agent makes tasks for itself only. dueAt is "
                    + "kept as given; the due times the service sets itself (retries, welcome, special dates, "
                    + "verification and care calls) fall inside the customer's contact slots.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "after repair", value = FollowUpExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = FollowUpDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    public Response create(@Valid @NotNull FollowUpCreate input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/follow-ups", input, () -> {
            FollowUp task = followUps.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(task.id.toString()).build())
                    .tag(ETags.of(task.version)).entity(FollowUpDto.from(task)).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFollowUp", summary = "One follow-up task with every call made for it",
            description = "The task and its attempts, oldest first. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = FollowUpDetailDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get(@PathParam("id") UUID id) {
        FollowUpDetailDto task = followUps.detail(id);
        return Response.ok(task).tag(ETags.of(task.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ FollowUpPatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Transactional
    @Operation(operationId = "updateFollowUp", summary = "Reschedule, reassign or cancel an open call",
            description = "A JSON merge patch (application/merge-patch+json, or application/json) of an OPEN call; "
                    + "a missing or null member changes nothing. dueAt reschedules it (in the future; kept exactly "
                    + "as given, the person who chose it knows the customer); assigneeId gives it to another enabled "
                    + "agent or supervisor (SUPERVISOR/ADMIN only; the new assignee is notified, ASSIGNED); note says "
                    + "why, on the change; status CANCELLED with cancelReason cancels it (alone). Agents change only "
                    + "their own calls. Every change is kept (GET /follow-ups/{id}: changes) and shown on the "
                    + "customer's timeline (FOLLOW_UP_CHANGE). Needs If-Match with the ETag read; answers with the "
                    + "call and its new ETag. A call that is not OPEN is 409 with its status.")
    @RequestBody(content = {
            @Content(mediaType = FollowUpPatch.MEDIA_TYPE, schema = @Schema(implementation = FollowUpUpdate.class),
                    examples = {
                            @ExampleObject(name = "reschedule", value = FollowUpExamples.RESCHEDULE),
                            @ExampleObject(name = "reassign", value = FollowUpExamples.REASSIGN),
                            @ExampleObject(name = "cancel", value = FollowUpExamples.CANCEL) }),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpUpdate.class),
                    examples = @ExampleObject(name = "reschedule", value = FollowUpExamples.RESCHEDULE)) })
    @APIResponse(responseCode = "200", description = "Changed; the call with its new version",
            content = @Content(schema = @Schema(implementation = FollowUpDto.class),
                    examples = @ExampleObject(name = "rescheduled", value = FollowUpExamples.STEERED)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "400", description = "Bad input: a past dueAt, cancel without cancelReason, an "
            + "unknown assignee or member; nothing changed")
    @APIResponse(responseCode = "403", description = "Not the caller's call, or an agent naming an assignee")
    @APIResponse(responseCode = "409", description = "The call is DONE, GAVE_UP or CANCELLED (problem member status)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, String patch,
            @Parameter(description = "ETag from the last read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) throws JsonProcessingException {
        FollowUp task = followUps.steer(id, patches.read(patch), ifMatch);
        return Response.ok(FollowUpDto.from(task)).tag(ETags.of(task.version)).build();
    }

    @POST
    @Path("/{id}/attempts")
    @Transactional
    @Operation(operationId = "recordFollowUpAttempt", summary = "Record a call",
            description = "REACHED closes the task (DONE). NO_ANSWER, BUSY and FAILED call again after the "
                    + "configured wait (vipcare.follow-ups.retry-delays, 2 hours by default), moved into the "
                    + "customer's next contact slot: inside the preferred contact window (09:00-18:00 when none) on a "
                    + "working day of the business calendar. NO_TIME with callbackAt is due exactly at callbackAt "
                    + "(the customer chose it) and is not a failed try; NO_TIME without it goes to the next day's "
                    + "first slot. After maxAttempts failed tries (failedTries) the task is GAVE_UP. With "
                    + "openComplaint (REACHED only) the problem becomes a complaint in the same transaction; "
                    + "otherwise a suggestion or problem is an opinion to answer within 2 working days "
                    + "(attempt.answerDueAt, see /opinions). Answers with the attempt and the task after it.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "reached", value = FollowUpExamples.REACHED),
            @ExampleObject(name = "reached with a complaint", value = FollowUpExamples.OPEN_COMPLAINT),
            @ExampleObject(name = "call me tomorrow", value = FollowUpExamples.NO_TIME) }))
    @APIResponse(responseCode = "201", description = "Recorded; the attempt and the task after it. Location is the "
            + "task: an attempt is read in the task's history",
            content = @Content(schema = @Schema(implementation = FollowUpAttemptDto.Recorded.class)),
            headers = @Header(name = "Location", ref = SharedHeaders.LOCATION))
    @APIResponse(responseCode = "409", description = "The task is DONE or GAVE_UP")
    public Response attempt(@PathParam("id") UUID id, @Valid @NotNull FollowUpAttemptCreate input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        // An attempt has no address of its own: it is read as part of its task's history.
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/follow-ups/" + id + "/attempts",
                input, () -> Response.created(uri.getBaseUriBuilder().path("api/v1/follow-ups").path(id.toString())
                        .build()).entity(followUps.attempt(id, input)).build());
    }
}
