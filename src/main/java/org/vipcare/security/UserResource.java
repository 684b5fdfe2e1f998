package org.vipcare.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.SharedHeaders;

@Path("/api/v1/users")
@Tag(name = "Users", description = "Staff and integration accounts.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public UserResource(UserService users, CurrentUser caller, Idempotency idempotency) {
        this.users = users;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user",
            description = "Any signed-in user, with its roles. ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The signed-in user",
            content = @Content(schema = @Schema(implementation = UserDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response me() {
        return single(users.get(caller.id()));
    }

    @GET
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "listUsers", summary = "All users, by username",
            description = "Admins only. Sort: username.")
    public Page<UserDto> list(@BeanParam PageRequest paging) {
        return users.list(paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "getUser", summary = "One user, with its ETag",
            description = "Admins only.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response get(@PathParam("id") UUID id) {
        return single(users.get(id));
    }

    @POST
    @RolesAllowed(Role.ADMIN_)
    @jakarta.transaction.Transactional
    @Operation(operationId = "createUser", summary = "Create a user (manager, supervisor, admin or integration client)",
            description = "Admins only. The username is unique (409 otherwise); the creation is audited.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = UserDto.class)),
            headers = { @Header(name = "Location", ref = SharedHeaders.LOCATION),
                    @Header(name = "ETag", ref = SharedHeaders.ETAG) })
    public Response create(@Valid @NotNull UserCreate request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/users", request, () -> {
            User user = users.create(request, caller.username());
            return Response.created(uri.getAbsolutePathBuilder().path(user.id.toString()).build())
                    .tag(ETags.of(user.version)).entity(UserDto.from(user)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "updateUser",
            summary = "Change a user's name, roles, department, star, language, password or enabled flag",
            description = "Needs If-Match. Role changes are written to the audit trail.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = UserDto.class)),
            headers = @Header(name = "ETag", ref = SharedHeaders.ETAG))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull UserUpdate request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return single(users.update(id, request, ifMatch, caller.username()));
    }

    private static Response single(User user) {
        return Response.ok(UserDto.from(user)).tag(ETags.of(user.version)).build();
    }
}
