package org.vipcare.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs people into the console (form login). Integration clients have no console; throttling and audit are the
 * same as for API tokens. A successful login opens a server-side {@link ConsoleSession} and hands its token to the
 * browser beside Quarkus' form cookie.
 */
@ApplicationScoped
public class ConsoleIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Authenticator authenticator;
    private final ConsoleSessions sessions;

    public ConsoleIdentityProvider(Authenticator authenticator, ConsoleSessions sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = ClientAddress.of(routing == null ? null : routing.request());
        return context.runBlocking(() -> signIn(request.getUsername(), new String(request.getPassword().getPassword()),
                address, routing));
    }

    private SecurityIdentity signIn(String username, String password, String address, RoutingContext routing) {
        User user;
        try {
            user = authenticator.authenticate(username, password, address, "POST /j_security_check",
                    ConsoleIdentityProvider::mayUseConsole).orElse(null);
        } catch (RuntimeException throttled) {
            throw new AuthenticationFailedException(throttled.getMessage());
        }
        if (user == null) {
            throw new AuthenticationFailedException("Wrong username or password");
        }
        if (routing == null) {
            throw new AuthenticationFailedException("A console login needs its HTTP request");
        }
        ConsoleSessions.Opened opened = sessions.open(user);
        routing.response().addCookie(ConsoleSessions.cookie(opened.token()));
        return identityOf(user, opened.session());
    }

    static boolean mayUseConsole(User user) {
        return user.enabled && (user.has(Role.AGENT) || user.has(Role.SUPERVISOR) || user.has(Role.ADMIN));
    }

    static SecurityIdentity identityOf(User user, ConsoleSession session) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addAttribute(CurrentUser.USER_ID_ATTRIBUTE, user.id)
                .addAttribute(ConsoleSessions.SESSION_ATTRIBUTE, session.id)
                .addAttribute(ConsoleSessions.CSRF_ATTRIBUTE, session.csrfToken)
                .addAttribute(ConsoleSessions.DISPLAY_NAME_ATTRIBUTE, user.displayName);
        if (user.language != null) {
            identity.addAttribute(ConsoleSessions.LANGUAGE_ATTRIBUTE, user.language);
        }
        user.roles.forEach(role -> identity.addRole(role.name()));
        return identity.build();
    }
}
