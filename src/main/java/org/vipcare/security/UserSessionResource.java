package org.vipcare.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;

@Path("/api/v1/users/{id}/sessions")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UserSessionResource {

    private final UserService users;
    private final RefreshTokenService refreshTokens;
    private final CurrentUser caller;

    public UserSessionResource(UserService users, RefreshTokenService refreshTokens, CurrentUser caller) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listUserSessions", summary = "A user's signed-in API sessions",
            description = "The user itself or an admin. One entry per sign-in that can still be refreshed. "
                    + "Sort: createdAt, lastUsedAt (default createdAt,desc).")
    public Page<RefreshSessionDto> list(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        return refreshTokens.sessions(userSelfOrAdmin(id), paging);
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(operationId = "deleteUserSession", summary = "End one of a user's API sessions",
            description = "The user itself or an admin; audited. Its refresh token stops working at once; access "
                    + "tokens already issued run out within their lifetime.")
    @APIResponse(responseCode = "204", description = "Session ended")
    public void delete(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        refreshTokens.revoke(userSelfOrAdmin(id), sessionId, caller.username());
    }

    private User userSelfOrAdmin(UUID id) {
        if (!caller.is(Role.ADMIN) && !id.equals(caller.id())) {
            throw ProblemException.forbidden("security.sessions.not-yours",
                    "Only the user itself or an admin sees its sessions.");
        }
        return users.get(id);
    }
}
