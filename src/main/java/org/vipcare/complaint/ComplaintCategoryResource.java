package org.vipcare.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
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
import org.vipcare.common.QueryParams;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/** The complaint categories (SPEC 4: default, editable) as reference data, like the tiers and the calendar. */
@Path("/api/v1/complaint-categories")
@Tag(name = "Complaint categories", description = "The categories complaints are filed under.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ComplaintCategoryResource {

    private final ComplaintCategoryService categories;
    private final CurrentUser caller;

    public ComplaintCategoryResource(ComplaintCategoryService categories, CurrentUser caller) {
        this.categories = categories;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listComplaintCategories", summary = "The complaint categories, in their sort order",
            description = "Retired (active=false) ones included unless active=true: they take no new complaint but "
                    + "older complaints still name them.")
    public List<ComplaintCategoryDto> list(
            @Parameter(description = "true: only the categories new complaints may use") @QueryParam("active")
            String active) {
        return categories.list(Boolean.TRUE.equals(QueryParams.bool("active", active))).stream()
                .map(ComplaintCategoryDto::from).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getComplaintCategory",
            summary = "One complaint category", description = "ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(schema = @Schema(implementation = ComplaintCategoryDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get(@PathParam("code") String code) {
        ComplaintCategory category = categories.get(code);
        return Response.ok(ComplaintCategoryDto.from(category)).tag(ETags.of(category.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Operation(operationId = "saveComplaintCategory", summary = "Create or change a complaint category",
            description = "Creates the category (201) or replaces its names, sort order and active flag (200, needs "
                    + "If-Match with the category's ETag). The code is 2 to 30 upper-case letters, digits or "
                    + "underscores starting with a letter (400 otherwise) and never changes. active=false retires "
                    + "the category: new complaints may not use it (400), complaints already recorded keep it and "
                    + "reports still count them. Categories are not deleted.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "rename", value = "{\"nameEn\":\"Billing and charges\",\"nameZh\":\"账单与收费\","
                    + "\"sortOrder\":7,\"active\":true}"),
            @ExampleObject(name = "retire", value = "{\"nameEn\":\"Parts unavailable\",\"nameZh\":\"配件缺货\","
                    + "\"sortOrder\":3,\"active\":false}") }))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ComplaintCategoryDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ComplaintCategoryDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "The category exists and If-Match is missing")
    public Response put(@Parameter(description = "The category code, e.g. BILLING") @PathParam("code") String code,
            @Valid @NotNull ComplaintCategoryUpdate input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ComplaintCategoryService.Saved saved = categories.put(code, input, ifMatch, caller.username());
        Response.ResponseBuilder response = saved.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/complaint-categories").path(saved.category().code)
                        .build())
                : Response.ok();
        return response.tag(ETags.of(saved.category().version)).entity(ComplaintCategoryDto.from(saved.category()))
                .build();
    }
}
