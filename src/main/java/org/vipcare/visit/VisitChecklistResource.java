package org.vipcare.visit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.Role;

/** The reference preparation checklist of visits: read by staff, replaced by admins. */
@Path("/api/v1/visit-checklist")
@Tag(name = "Visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class VisitChecklistResource {

    private final VisitChecklists checklists;

    public VisitChecklistResource(VisitChecklists checklists) {
        this.checklists = checklists;
    }

    @GET
    @Operation(operationId = "getVisitChecklist", summary = "The reference preparation checklist",
            description = "What a visit planned without a checklist starts from (seed 002, before the visit), each "
                    + "item in English and Chinese. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The checklist",
            content = @Content(schema = @Schema(implementation = VisitChecklistDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get() {
        VisitChecklistDto checklist = checklists.read();
        return Response.ok(checklist).tag(ETags.of(checklist.version())).build();
    }

    @PUT
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "replaceVisitChecklist", summary = "Replace the reference checklist",
            description = "ADMIN only; needs If-Match with its version. The whole list in the order shown; an item "
                    + "without a key gets one, two items with one key are 400. Visits planned before keep their own "
                    + "copy.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two items",
            value = VisitExamples.CHECKLIST_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = VisitChecklistDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(@Valid @NotNull VisitChecklistInput input,
            @Parameter(description = "The checklist's version as read", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VisitChecklistDto checklist = checklists.replace(input, ifMatch);
        return Response.ok(checklist).tag(ETags.of(checklist.version())).build();
    }
}
