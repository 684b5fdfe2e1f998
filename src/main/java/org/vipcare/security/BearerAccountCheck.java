package org.vipcare.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes a bearer token follow its account: on every request the user's account is looked at again, and a disabled user
 * or a token issued before the user's last disable, role change or new password (an older {@code sv} claim) is
 * refused. The roles are the user's current ones, not those written in the token. An account {@link AccountStates}
 * keeps in memory is checked on the I/O thread; only an unknown one costs a worker and a query.
 */
@ApplicationScoped
public class BearerAccountCheck implements SecurityIdentityAugmentor {

    private final AccountStates accounts;

    public BearerAccountCheck(AccountStates accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        UUID userId = userIdOf(jwt);
        Optional<AccountStates.State> known = userId == null ? Optional.empty() : accounts.known(userId);
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> check(identity, jwt, known.get()));
        }
        return context.runBlocking(
                () -> check(identity, jwt, userId == null ? null : accounts.find(userId).orElse(null)));
    }

    private static SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt, AccountStates.State account) {
        Long issuedAt = securityVersionOf(jwt);
        if (account == null || issuedAt == null || !account.enabled() || account.securityVersion() != issuedAt) {
            throw new AuthenticationFailedException("The token no longer matches its account");
        }
        QuarkusSecurityIdentity.Builder current = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        account.roles().forEach(role -> current.addRole(role.name()));
        return current.build();
    }

    private static UUID userIdOf(JsonWebToken jwt) {
        Object userId = jwt.getClaim(TokenService.USER_ID_CLAIM);
        try {
            return userId == null ? null : UUID.fromString(userId.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long securityVersionOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(TokenService.SECURITY_VERSION_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
