package org.vipcare.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vipcare.common.VipCareConfig;

/** Signs short-lived access tokens carrying the user's id, security version and roles (as {@code groups}). */
@ApplicationScoped
public class TokenService {

    static final String USER_ID_CLAIM = "uid";
    /** The user's security version when the token was issued; an older one than the user's current is refused. */
    static final String SECURITY_VERSION_CLAIM = "sv";

    private final JwtKeys keys;
    private final VipCareConfig config;
    private final Clock clock;
    private final String issuer;

    public TokenService(JwtKeys keys, VipCareConfig config, Clock clock,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** A signed access token for the user as it is now. */
    public String sign(User user) {
        long now = clock.instant().getEpochSecond();
        long lifetime = config.tokenLifetime().toSeconds();
        return Jwt.issuer(issuer)
                .upn(user.username)
                .subject(user.id.toString())
                .claim(USER_ID_CLAIM, user.id.toString())
                .claim(SECURITY_VERSION_CLAIM, user.securityVersion)
                .groups(user.roles.stream().map(Role::name).collect(Collectors.toSet()))
                .issuedAt(now)
                .expiresAt(now + lifetime)
                .sign(keys.signingKey());
    }

    public Duration lifetime() {
        return config.tokenLifetime();
    }
}
