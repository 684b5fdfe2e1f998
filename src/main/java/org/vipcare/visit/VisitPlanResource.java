package org.vipcare.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
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

/**
 * Planning a visit to an enterprise customer (API.md Wave 2); the visit then lives at /visits/{id}
 * ({@link VisitResource}). Staff work only: integrations have no access here.
 */
@Path("/api/v1/customers/{id}/visits")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class VisitPlanResource {

    private final VisitService visits;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public VisitPlanResource(VisitService visits, CurrentUser caller, Idempotency idempotency) {
        this.visits = visits;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Transactional
    @Operation(operationId = "planCustomerVisit", summary = "Plan a visit to an enterprise customer",
            description = "Who may change the customer may plan its visits: its manager, supervisors, admins. The "
                    + "visit is the customer's manager's (the planner's when the customer has none). plannedAt in "
                    + "the future; contactIds must be contacts of this customer (400 visit.contact.not-of-customer). "
                    + "Without checklist the visit gets the reference checklist's items (GET /visit-checklist) in "
                    + "the language of Accept-Language (zh-CN or en), each with its key. A customer that is not "
                    + "ENTERPRISE is 409 (visit.customer.not-enterprise). Retries with the same Idempotency-Key plan "
                    + "one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with own checklist",
            value = VisitExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = VisitDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "400", description = "plannedAt not in the future, a contact of another customer")
    @APIResponse(responseCode = "403", description = "An agent planning for another manager's customer")
    @APIResponse(responseCode = "404", description = "Unknown or erased customer")
    @APIResponse(responseCode = "409", description = "Not an ENTERPRISE customer, or Idempotency-Key reused for "
            + "another request")
    public Response plan(@PathParam("id") UUID id, @Valid @NotNull VisitCreate input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String endpoint = "POST /api/v1/customers/" + id + "/visits";
        return idempotency.run(idempotencyKey, caller.username(), endpoint, input, () -> {
            Visit visit = visits.plan(id, input, language(headers));
            return Response.created(URI.create(uri.getBaseUri() + "api/v1/visits/" + visit.id))
                    .tag(ETags.of(visit.version)).entity(VisitDto.from(visit, visit.createdAt)).build();
        });
    }

    /** zh-CN when the caller prefers Chinese, else English: the language of a default checklist. */
    static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("zh".equalsIgnoreCase(locale.getLanguage())) {
                return "zh-CN";
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return "en";
            }
        }
        return "en";
    }
}
