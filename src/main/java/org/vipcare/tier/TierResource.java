package org.vipcare.tier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/tiers")
@Tag(name = "Tiers", description = "The tier policy, its versions, evaluations and the distribution of customers.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class TierResource {

    private final TierPolicies policies;
    private final TierEvaluations evaluations;
    private final TierDistributions distributions;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public TierResource(TierPolicies policies, TierEvaluations evaluations, TierDistributions distributions,
            CurrentUser caller, Idempotency idempotency) {
        this.policies = policies;
        this.evaluations = evaluations;
        this.distributions = distributions;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listTiers", summary = "The tiers of the current policy, by rank",
            description = "Each tier with its rule, entitlements and SLA multiplier.")
    public List<TierDto> list() {
        return policies.current().tiers();
    }

    @GET
    @Path("/policy")
    @Operation(operationId = "getTierPolicy", summary = "The whole policy: window, WATCH settings and tiers",
            description = "The current version, or an older one with ?version=. ETag is the policy version. Agents "
                    + "read it too, on purpose: it is what tells them why a customer has the tier and entitlements "
                    + "it has; only supervisors and admins change it (updateTierPolicy, updateTier).")
    @APIResponse(responseCode = "200", description = "The policy; ETag is its version",
            content = @Content(schema = @Schema(implementation = TierPolicyDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response policy(@QueryParam("version") Integer version) {
        TierPolicyDto policy = version == null ? policies.current() : policies.version(version);
        return Response.ok(policy).tag(ETags.of(policy.version())).build();
    }

    @PUT
    @Path("/policy")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "updateTierPolicy",
            summary = "Change the window or the WATCH settings", description = "Writes a new policy version.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "defaults",
            value = "{\"windowDays\":365,\"watchDropRatio\":0.5,\"watchSlaMultiplier\":0.75}")))
    @APIResponse(responseCode = "200", description = "The new policy version",
            content = @Content(schema = @Schema(implementation = TierPolicyDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response updatePolicy(@Valid @NotNull PolicySettingsUpdate update,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TierPolicyDto policy = policies.updateSettings(update, ifMatch, caller.username());
        return Response.ok(policy).tag(ETags.of(policy.version())).build();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTier",
            summary = "One tier of the current policy", description = "ETag is the policy version.")
    @APIResponse(responseCode = "200", description = "The tier; ETag is the policy version",
            content = @Content(schema = @Schema(implementation = TierDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response tier(@PathParam("code") Tier code) {
        TierDto tier = policies.current().tier(code);
        return Response.ok(tier).tag(ETags.of(tier.policyVersion())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "updateTier", summary = "Change a tier's rule, entitlements and SLA multiplier",
            description = "Needs If-Match with the policy version read; writes a new policy version.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gold", value = """
            {"rule":{"spendMultiplier":1,"visitMultiplier":1},
             "entitlements":{"dedicatedManager":true,"loungeVisitsPerYear":2,"clubActivities":true},
             "slaMultiplier":0.75}""")))
    @APIResponse(responseCode = "200", description = "The tier in the new policy version",
            content = @Content(schema = @Schema(implementation = TierDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response updateTier(@PathParam("code") Tier code, @Valid @NotNull TierUpdate update,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TierDto tier = policies.updateTier(code, update, ifMatch, caller.username()).tier(code);
        return Response.ok(tier).tag(ETags.of(tier.policyVersion())).build();
    }

    @POST
    @Path("/evaluations")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Transactional
    @Operation(operationId = "startTierEvaluation", summary = "Re-tier every customer under the current policy",
            description = "Runs in the background; poll the Location. A second request while one runs gets 409.")
    @APIResponse(responseCode = "202", description = "Started; Location is the evaluation to poll",
            content = @Content(schema = @Schema(implementation = TierEvaluationDto.class)),
            headers = @Header(name = "Location", ref = SharedHeaders.LOCATION))
    public Response evaluate(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/tiers/evaluations", "", () -> {
            TierEvaluationDto started = evaluations.start(caller.username());
            return Response.accepted(started)
                    .location(uri.getAbsolutePathBuilder().path(started.id().toString()).build()).build();
        });
    }

    @GET
    @Path("/evaluations")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "listTierEvaluations", summary = "The last 20 evaluations, newest first",
            description = "Runs started by hand or by the schedule, with their status and counts.")
    public List<TierEvaluationDto> evaluations() {
        return evaluations.recent(20);
    }

    @GET
    @Path("/evaluations/{id}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "getTierEvaluation", summary = "One evaluation: status and counts",
            description = "Poll it after starting an evaluation until its status is DONE or FAILED.")
    public TierEvaluationDto evaluation(@PathParam("id") UUID id) {
        return evaluations.get(id);
    }

    @GET
    @Path("/distribution")
    @Operation(operationId = "getTierDistribution",
            summary = "Counts per tier, WATCH, value class and loyalty type; ABCD call time per manager",
            description = "Over the customers not erased; serviceTime splits the managers' monthly call hours by "
                    + "value class.")
    public TierDistribution distribution() {
        return distributions.current();
    }
}
