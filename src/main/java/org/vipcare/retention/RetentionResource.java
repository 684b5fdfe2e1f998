package org.vipcare.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.vipcare.common.ProblemException;
import org.vipcare.common.QueryParams;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/retention-cases")
@Tag(name = "Retention cases",
        description = "Cases of customers who want to cancel or leave, from trust to agreement, and their playbook.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class RetentionResource {

    private static final String STEP_RULES = " Only the case's manager or opener, a supervisor or an admin works a "
            + "case (403 otherwise; integrations never). A step the stage or the rules of the practice do not allow "
            + "is 409 naming the allowed actions. Answers with the case, whose playbook is in the language of "
            + "Accept-Language (zh-CN or en).";
    private static final String CASE_READERS = " Agents read the cases they manage or opened and those of their "
            + "customers; integrations the cases they opened; supervisors and admins all.";

    private final RetentionService retention;
    private final CurrentUser caller;
    private final Idempotency idempotency;
    private final BusinessTime time;

    public RetentionResource(RetentionService retention, CurrentUser caller, Idempotency idempotency,
            BusinessTime time) {
        this.retention = retention;
        this.caller = caller;
        this.idempotency = idempotency;
        this.time = time;
    }

    @POST
    @Transactional
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "createRetentionCase", summary = "Open a retention case",
            description = "A customer asks to cancel a service (SERVICE, 业务挽留) or to leave (NETWORK, 离网挽留); "
                    + "integrators open cases from billing cancellation requests (source INTEGRATION). Stage TRUST. "
                    + "The manager is the customer's manager, else the staff member who opened it. Send an "
                    + "Idempotency-Key so that a retried request opens one case.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "billing", value = RetentionExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    public Response create(@Valid @NotNull RetentionCreate input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/retention-cases", input,
                () -> created(uri, retention.open(input), language(headers)));
    }

    @POST
    @Path("/from-watch/{customerId}")
    @Transactional
    @Operation(operationId = "createRetentionCaseFromWatch", summary = "Open a case proactively for a WATCH customer",
            description = "One click: a NETWORK case with source WATCH, stage TRUST. 409 if the customer is not "
                    + "flagged WATCH or already has an open case; 404 for an unknown customer.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    public Response fromWatch(@PathParam("customerId") UUID customerId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return idempotency.run(idempotencyKey, caller.username(),
                "POST /api/v1/retention-cases/from-watch/" + customerId, "",
                () -> {
                    RetentionCase c = retention.openFromWatch(customerId);
                    return Response.created(uri.getBaseUriBuilder().path("api/v1/retention-cases")
                            .path(c.id.toString()).build()).tag(ETags.of(c.version))
                            .entity(retention.dto(c, language(headers))).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "getRetentionCase", summary = "One retention case",
            description = "With its offers, allowedActions and the playbook for its attitude and kind of cause."
                    + CASE_READERS)
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        RetentionCase c = retention.get(id);
        return Response.ok(retention.dto(c, language(headers))).tag(ETags.of(c.version)).build();
    }

    @GET
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "listRetentionCases", summary = "List, filter and page retention cases",
            description = "reason filters the real reason; from/to bound openedAt (from inclusive, to exclusive). "
                    + "Default order: newest first. Sort fields: openedAt, updatedAt, stage, retentionScore, "
                    + "closedAt." + CASE_READERS)
    public Page<RetentionCaseDto> list(
            @Parameter(schema = @Schema(implementation = RetentionStage.class)) @QueryParam("stage") String stage,
            @Parameter(schema = @Schema(implementation = RetentionOutcome.class)) @QueryParam("outcome")
            String outcome,
            @Parameter(description = "A churn reason code") @QueryParam("reason") String reason,
            @QueryParam("managerId") String managerId,
            @QueryParam("customerId") String customerId,
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("from") String from,
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("to") String to,
            @BeanParam PageRequest paging, @Context HttpHeaders headers) {
        return retention.list(RetentionFilter.parse(stage, outcome, reason, managerId, customerId,
                QueryParams.instant("from", from, time.zone()), QueryParams.instant("to", to, time.zone())), paging,
                language(headers));
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "listRetentionCaseEvents",
            summary = "The case's history, oldest first", description = "Every step with who, when and the note.")
    public List<RetentionEventDto> history(@PathParam("id") UUID id) {
        return retention.history(id);
    }

    @POST
    @Path("/{id}/probe")
    @Transactional
    @Operation(operationId = "recordRetentionProbe",
            summary = "Record the real reason and the value equation: TRUST → PROBING",
            description = "From TRUST moves to PROBING; while PROBING or PROPOSING corrects the findings. "
                    + "retentionScore = countermeasureCost − severity. realReason must be a churn reason code "
                    + "(GET /api/v1/retention-cases/reasons)." + STEP_RULES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "competitor", value = RetentionExamples.PROBE)))
    @APIResponse(responseCode = "200", description = "Recorded; the case",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response probe(@PathParam("id") UUID id, @Valid @NotNull RetentionMoves.Probe body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context HttpHeaders headers) {
        return step(idempotencyKey, id, "probe", body, headers, () -> retention.probe(id, body));
    }

    @POST
    @Path("/{id}/offers")
    @Transactional
    @Operation(operationId = "createRetentionOffer", summary = "Prepare an offer: PROBING → PROPOSING",
            description = "The first offer moves PROBING → PROPOSING; more may follow while PROPOSING. 409 before "
                    + "the real reason is recorded (never start retaining before it is known). Answers 201 with the "
                    + "offer; GET of the case lists its offers." + STEP_RULES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tariff", value = RetentionExamples.OFFER)))
    @APIResponse(responseCode = "201", description = "Offer added; Location is the offer",
            content = @Content(schema = @Schema(implementation = RetentionOfferDto.class)),
            headers = @Header(name = "Location", ref = SharedHeaders.LOCATION))
    public Response offer(@PathParam("id") UUID id, @Valid @NotNull RetentionMoves.Offer body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/retention-cases/" + id + "/offers",
                body, () -> {
                    RetentionOffer offer = retention.offer(id, body);
                    return Response.created(UriBuilder.fromUri(caseUri(uri, id)).path("offers")
                            .path(offer.id.toString()).build()).entity(RetentionOfferDto.from(offer)).build();
                });
    }

    @GET
    @Path("/{id}/offers/{offerId}")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "getRetentionOffer", summary = "One offer of a retention case",
            description = "Under the case's read rules; 404 for an offer of another case.")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = RetentionOfferDto.class)))
    public RetentionOfferDto getOffer(@PathParam("id") UUID id, @PathParam("offerId") UUID offerId) {
        return RetentionOfferDto.from(retention.offerOf(id, offerId));
    }

    @POST
    @Path("/{id}/agreement")
    @Transactional
    @Operation(operationId = "recordRetentionAgreement",
            summary = "The customer accepts an offer: PROPOSING → AGREEING",
            description = "409 with fewer than 2 offers (prepare at least two plans); 400 if offerId is not one of "
                    + "this case's offers. method: DIRECT, COMPENSATION, PROMOTION or TARIFF_CHANGE." + STEP_RULES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tariff", value = RetentionExamples.AGREEMENT)))
    @APIResponse(responseCode = "200", description = "Recorded; the case",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response agree(@PathParam("id") UUID id, @Valid @NotNull RetentionMoves.Agreement body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context HttpHeaders headers) {
        return step(idempotencyKey, id, "agreement", body, headers, () -> retention.agree(id, body));
    }

    @POST
    @Path("/{id}/close")
    @Transactional
    @Operation(operationId = "closeRetentionCase", summary = "Close the case: → CLOSED",
            description = "RETAINED and PARTIAL only after an agreement (409 otherwise); LOST from any open stage. "
                    + "Every outcome creates a RETENTION_CARE follow-up for the case's manager (followUpId): due in 7 "
                    + "days after RETAINED/PARTIAL, 30 days after LOST." + STEP_RULES)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "retained", value = RetentionExamples.CLOSE)))
    @APIResponse(responseCode = "200", description = "Closed; the case",
            content = @Content(schema = @Schema(implementation = RetentionCaseDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response close(@PathParam("id") UUID id, @Valid @NotNull RetentionMoves.Close body,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context HttpHeaders headers) {
        return step(idempotencyKey, id, "close", body, headers, () -> retention.close(id, body));
    }

    @GET
    @Path("/save-desk")
    @Operation(operationId = "listSaveDeskCases", summary = "The save desk: open cases, most valuable customer first",
            description = "Open cases of live customers ordered by the customer's tier rank (DIAMOND first), window "
                    + "spend (highest first), then the case's age (oldest first). Agents see their cases and their "
                    + "customers' cases.")
    public Page<RetentionSaveDeskDto> saveDesk(@BeanParam PageRequest paging) {
        return retention.saveDesk(paging);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "getRetentionStats", summary = "Retention rates over a period",
            description = "Over the cases opened in [from, to) (either may be left open), optionally of one "
                    + "manager. retentionRate = (retained + partial) / closed, 4 decimals, null with nothing closed; "
                    + "overall, byRealReason, byOfferKind (kind of the agreed offer), byScoreBand (AT_MOST_MINUS_2: "
                    + "score ≤ −2, MINUS_1_TO_0, PLUS_1_TO_2, AT_LEAST_PLUS_3: ≥ 3) and byAgent (managerId); "
                    + "missing values group under NONE. statedVsReal: among probed cases with a stated reason, how "
                    + "many stated something other than the real reason's code.")
    public RetentionStatsDto stats(
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("from") String from,
            @Parameter(description = QueryParams.INSTANT_OR_DATE) @QueryParam("to") String to,
            @QueryParam("managerId") String managerId) {
        return retention.stats(QueryParams.instant("from", from, time.zone()),
                QueryParams.instant("to", to, time.zone()), QueryParams.uuid("managerId", managerId));
    }

    @GET
    @Path("/reasons")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_, Role.INTEGRATION_ })
    @Operation(operationId = "listChurnReasons",
            summary = "The churn reason taxonomy", description = "Names in the language of Accept-Language.")
    public List<ChurnReasonDto> reasons(@Context HttpHeaders headers) {
        return retention.reasons(language(headers));
    }

    @GET
    @Path("/playbook")
    @Operation(operationId = "listPlaybookEntries", summary = "The retention playbook",
            description = "Probing questions per attitude (probe.COOPERATIVE|HOSTILE|NUMB), the strategy for causes "
                    + "we can and cannot fix (strategy.FIXABLE|NOT_FIXABLE), raising the cost of leaving "
                    + "(value.RAISE_COST) and the four agreement methods (agree.<method>). locale=en or zh-CN; "
                    + "without it, both. Each entry's version is what PUT's If-Match names.")
    public List<RetentionPlaybookDto> playbook(@Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { RetentionPlaybook.ENGLISH, RetentionPlaybook.CHINESE })) @QueryParam("locale")
            String locale) {
        List<RetentionPlaybook> entries;
        if (locale == null || locale.isBlank()) {
            entries = retention.playbook();
        } else {
            String wanted = locale.trim();
            if (!wanted.equals(RetentionPlaybook.ENGLISH) && !wanted.equals(RetentionPlaybook.CHINESE)) {
                throw ProblemException.invalid("locale", "common.unknown-locale", "must be en or zh-CN");
            }
            entries = retention.playbook(wanted);
        }
        return entries.stream().map(RetentionPlaybookDto::from).toList();
    }

    @PUT
    @Path("/playbook/{key}")
    @Transactional
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "updatePlaybookEntry", summary = "Edit one playbook text in one language",
            description = "If-Match with the entry's version (428 without, 412 when stale); 404 for an unknown key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hostile", value = RetentionExamples.PLAYBOOK)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = RetentionPlaybookDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response updatePlaybook(@PathParam("key") String key, @Valid @NotNull RetentionMoves.PlaybookUpdate body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RetentionPlaybook entry = retention.updatePlaybook(key, body, ifMatch);
        return Response.ok(RetentionPlaybookDto.from(entry)).tag(ETags.of(entry.version)).build();
    }

    /** zh-CN when the caller prefers Chinese, else English. */
    static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("zh".equalsIgnoreCase(locale.getLanguage())) {
                return RetentionPlaybook.CHINESE;
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return RetentionPlaybook.ENGLISH;
            }
        }
        return RetentionPlaybook.ENGLISH;
    }

    private Response created(UriInfo uri, RetentionCase c, String language) {
        return Response.created(caseUri(uri, c.id)).tag(ETags.of(c.version)).entity(retention.dto(c, language))
                .build();
    }

    private static URI caseUri(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/retention-cases").path(id.toString()).build();
    }

    private Response step(String idempotencyKey, UUID id, String action, Object body, HttpHeaders headers,
            Supplier<RetentionCase> step) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/retention-cases/" + id + "/" + action,
                body, () -> {
                    RetentionCase c = step.get();
                    return Response.ok(retention.dto(c, language(headers))).tag(ETags.of(c.version)).build();
                });
    }
}
