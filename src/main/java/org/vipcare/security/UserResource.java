package org.vipcare.security;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.SharedHeaders;

@Path("/api/v1/users")
@Tag(name = "Users", description = "Staff and integration accounts.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;
    private final CurrentUser caller;
    private final Idempotency idempotency;
    private final UserReads reads;

    public UserResource(UserService users, CurrentUser caller, Idempotency idempotency, UserReads reads) {
        this.users = users;
        this.reads = reads;
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
        UserDto me = reads.find(caller.id()).orElseThrow(() -> ProblemException.notFound("user", caller.id()));
        return Response.ok(me).tag(ETags.of(me.version())).build();
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
    @Path("/me/password")
    @Authenticated
    @Operation(operationId = "changeOwnPassword", summary = "Change the signed-in user's own password",
            description = "Needs the current password: a wrong one answers 403 and counts as a failed login (429 "
                    + "with Retry-After when they pile up). The new one must be at least 12 characters and not easy "
                    + "to guess (400 names newPassword). Audited. Every session and token of the user ends, this "
                    + "caller's too: sign in again with POST /api/v1/auth/token and the new password.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change",
            value = "{\"currentPassword\":\"the-one-I-have-now\","
                    + "\"newPassword\":\"orchid lantern harbour ferry\"}")))
    @APIResponse(responseCode = "204", description = "Changed; sign in again with the new password")
    @APIResponse(responseCode = "403", description = "The current password is wrong")
    public void changeOwnPassword(@Valid @NotNull PasswordChange request, HttpServerRequest http) {
        users.changeOwnPassword(caller.id(), request, ClientAddress.of(http));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "updateUser",
            summary = "Change a user's name, roles, department, star, language, password or enabled flag",
            description = "Admins only; needs If-Match. Every change is audited (ROLE_CHANGE, USER_DISABLED, "
                    + "USER_ENABLED, PASSWORD_CHANGED, USER_UPDATED). A disable, a role change or a new password ends "
                    + "the user's sessions and tokens at once. A new password follows the same rules as a user's own.")
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
