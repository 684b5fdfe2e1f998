package org.vipcare.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a console user on every request: Quarkus' decrypted form cookie names the user, and the
 * {@value ConsoleSessions#COOKIE} cookie must name a server-side session of that same user that still counts. Roles
 * are re-read each time, so a role change takes effect at once (and ends the session through the security version).
 * A form cookie alone, even one minted with a leaked key, restores nobody.
 */
@ApplicationScoped
public class ConsoleSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final ConsoleSessions sessions;

    public ConsoleSessionIdentityProvider(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = routing == null ? null : routing.request().getCookie(ConsoleSessions.COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        return context.runBlocking(() -> restore(token, request.getPrincipal(), routing));
    }

    /**
     * A session that no longer counts also loses its cookies: otherwise even the login page, which renders for
     * whoever is signed in, would try them again and send the browser round in circles.
     */
    private SecurityIdentity restore(String token, String username, RoutingContext routing) {
        return sessions.resume(token, username)
                .map(resumed -> ConsoleIdentityProvider.identityOf(resumed.user(), resumed.session()))
                .orElseThrow(() -> {
                    if (routing != null) {
                        sessions.dropCookies(routing);
                    }
                    return new AuthenticationFailedException("Session no longer valid");
                });
    }
}
