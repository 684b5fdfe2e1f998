package org.vipcare.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The contacts of an enterprise customer with their buying roles (API.md Wave 2). Integrations push customers and
 * consumption only (API.md "Who may do what"), so they have no access here.
 */
@Path("/api/v1/customers/{id}/contacts")
@Tag(name = "Contacts", description = "The people inside an enterprise customer and their part in its purchases.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class ContactResource {

    private final ContactService contacts;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public ContactResource(ContactService contacts, CurrentUser caller, Idempotency idempotency) {
        this.contacts = contacts;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listCustomerContacts", summary = "The enterprise customer's contacts, by buying role",
            description = "Any agent reads them; unless the caller is the customer's manager, a supervisor or an "
                    + "admin, phones and email are masked like the customer's and birthday and notes withheld "
                    + "(masked: true). Each contact's version is its ETag for If-Match. 404 for an unknown or erased "
                    + "customer, 409 (contact.customer-not-enterprise) for one that is not ENTERPRISE. Sort fields: "
                    + "buyingRole (the default: decision makers first, then buyers, influencers, users and "
                    + "commentators; the liaison first in its group), name, createdAt.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    @APIResponse(responseCode = "409", description = "The customer is not an enterprise", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Page<ContactDto> list(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        return contacts.list(id, paging, "GET /api/v1/customers/" + id + "/contacts");
    }

    @GET
    @Path("/{contactId}")
    @Operation(operationId = "getCustomerContact", summary = "One contact of the enterprise customer",
            description = "Masked as in the list. The ETag is the contact's version.")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "404", description = "Unknown customer or contact")
    @APIResponse(responseCode = "409", description = "The customer is not an enterprise", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response get(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
        ContactDto contact = contacts.read(id, contactId, "GET /api/v1/customers/" + id + "/contacts/" + contactId);
        return Response.ok(contact).tag(ETags.of(contact.version())).build();
    }

    @POST
    @Transactional
    @Operation(operationId = "createCustomerContact", summary = "Add a contact to the enterprise customer",
            description = "Who may change the customer may add its contacts: its manager, supervisors, admins. A "
                    + "masked phone or email is refused (400). A birthday makes a CONTACT_BIRTHDAY call for the "
                    + "customer's manager, as the customer's own birthday does. Retries with the same "
                    + "Idempotency-Key create one.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "decision maker", value = ContactExamples.CREATE),
            @ExampleObject(name = "liaison", value = ContactExamples.LIAISON) }))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContactDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "404", description = "Unknown or erased customer")
    @APIResponse(responseCode = "409", description = "The customer is not an enterprise, or the Idempotency-Key was "
            + "reused for another request")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull ContactInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        String endpoint = "POST /api/v1/customers/" + id + "/contacts";
        return idempotency.run(idempotencyKey, caller.username(), endpoint, input, () -> {
            Contact contact = contacts.create(id, input);
            return Response.created(uri.getAbsolutePathBuilder().path(contact.id.toString()).build())
                    .tag(ETags.of(contact.version)).entity(ContactDto.from(contact, true)).build();
        });
    }

    @PUT
    @Path("/{contactId}")
    @Operation(operationId = "updateCustomerContact", summary = "Replace a contact",
            description = "Needs If-Match with the contact's version. Every field is replaced; a masked phone or "
                    + "email is refused (400).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "now the liaison",
            value = ContactExamples.LIAISON)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ContactDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "404", description = "Unknown customer or contact")
    @APIResponse(responseCode = "409", description = "The customer is not an enterprise")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
            @Valid @NotNull ContactInput input,
            @Parameter(description = "The contact's version as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Contact contact = contacts.update(id, contactId, input, ifMatch);
        return Response.ok(ContactDto.from(contact, true)).tag(ETags.of(contact.version)).build();
    }

    @DELETE
    @Path("/{contactId}")
    @Operation(operationId = "deleteCustomerContact", summary = "Remove a contact who left or was added by mistake",
            description = "Needs If-Match with the contact's version. The visits that were to meet the contact no "
                    + "longer name it; calls already made for the contact's birthday stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown customer or contact")
    @APIResponse(responseCode = "409", description = "The customer is not an enterprise", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response delete(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
            @Parameter(description = "The contact's version as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contacts.delete(id, contactId, ifMatch);
        return Response.noContent().build();
    }
}
