package org.vipcare.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a console user from the encrypted session cookie on every request, re-reading roles so that a
 * disabled user or a role change takes effect at once.
 */
@ApplicationScoped
public class ConsoleSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final Authenticator authenticator;

    public ConsoleSessionIdentityProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> restore(request.getPrincipal()));
    }

    private SecurityIdentity restore(String username) {
        return authenticator.find(username)
                .filter(ConsoleIdentityProvider::mayUseConsole)
                .map(ConsoleIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("Session no longer valid"));
    }
}
