package org.vipcare.product;

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
 * A customer's products, services, vehicles and contracts (API.md Wave 2). Integrations push customers and consumption
 * only (API.md "Who may do what"), so they have no access here.
 */
@Path("/api/v1/customers/{id}/products")
@Tag(name = "Products", description = "What a customer holds: services, devices, vehicles and contracts.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class ProductResource {

    private final ProductService products;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public ProductResource(ProductService products, CurrentUser caller, Idempotency idempotency) {
        this.products = products;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listCustomerProducts", summary = "The customer's products, newest first",
            description = "Any agent reads them; unless the caller is the customer's manager, a supervisor or an "
                    + "admin, identifier is masked like a phone (masked: true). Each product's version is its ETag "
                    + "for If-Match. 404 for an unknown or erased customer. Sort fields: createdAt, endsAt, name, "
                    + "kind.")
    public Page<ProductDto> list(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        return products.list(id, paging, "GET /api/v1/customers/" + id + "/products");
    }

    @POST
    @Transactional
    @Operation(operationId = "createCustomerProduct", summary = "Register a product under the customer",
            description = "Who may change the customer may add its products: its manager, supervisors, admins. "
                    + "endsAt before startedAt, or a masked identifier, is refused (400). Retries with the same "
                    + "Idempotency-Key create one.")
    @RequestBody(content = @Content(examples = { @ExampleObject(name = "contract", value = ProductExamples.CREATE),
            @ExampleObject(name = "vehicle", value = ProductExamples.VEHICLE) }))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProductDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "404", description = "Unknown or erased customer")
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused for another request")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull ProductInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        String endpoint = "POST /api/v1/customers/" + id + "/products";
        return idempotency.run(idempotencyKey, caller.username(), endpoint, input, () -> {
            Product product = products.create(id, input);
            return Response.created(uri.getAbsolutePathBuilder().path(product.id.toString()).build())
                    .tag(ETags.of(product.version)).entity(ProductDto.from(product, true)).build();
        });
    }

    @PUT
    @Path("/{productId}")
    @Operation(operationId = "updateCustomerProduct", summary = "Replace a product",
            description = "Needs If-Match with the product's version. A new endsAt on an ACTIVE contract makes a new "
                    + "RENEWAL call for the new date when it falls within the lead time.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contract renewed",
            value = ProductExamples.CREATE)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ProductDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "404", description = "Unknown customer or product")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @PathParam("productId") UUID productId,
            @Valid @NotNull ProductInput input,
            @Parameter(description = "The product's version as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Product product = products.update(id, productId, input, ifMatch);
        return Response.ok(ProductDto.from(product, true)).tag(ETags.of(product.version)).build();
    }

    @DELETE
    @Path("/{productId}")
    @Operation(operationId = "deleteCustomerProduct", summary = "Remove a product registered by mistake",
            description = "Needs If-Match with the product's version. Calls already made about it stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown customer or product")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response delete(@PathParam("id") UUID id, @PathParam("productId") UUID productId,
            @Parameter(description = "The product's version as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        products.delete(id, productId, ifMatch);
        return Response.noContent().build();
    }
}
