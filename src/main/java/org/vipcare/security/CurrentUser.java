package org.vipcare.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.vipcare.common.ProblemException;

/** Who is calling: id, username and roles of the authenticated principal, from a token or a console session. */
@RequestScoped
public class CurrentUser {

    static final String USER_ID_ATTRIBUTE = "vipcare.user-id";

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID id() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(TokenService.USER_ID_CLAIM) != null) {
            return UUID.fromString(jwt.getClaim(TokenService.USER_ID_CLAIM).toString());
        }
        Object id = identity.getAttribute(USER_ID_ATTRIBUTE);
        if (id == null) {
            throw ProblemException.forbidden("security.unauthenticated", "No signed-in user.");
        }
        return (UUID) id;
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(Role role) {
        return identity.hasRole(role.name());
    }

    /** Supervisors and admins see and change every customer; agents only their own. */
    public boolean seesEverything() {
        return is(Role.SUPERVISOR) || is(Role.ADMIN);
    }
}
