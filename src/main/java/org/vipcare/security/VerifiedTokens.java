package org.vipcare.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's parser with a memory: a bearer token is parsed and its signature checked once, then found again by
 * the token itself until it expires. Checking the RSA signature and parsing the claims was a third of a read's CPU
 * (bench/README.md); a client sends the same token for up to 30 minutes. Only tokens that passed every check are
 * kept, and only until their {@code exp} (no grace, as {@link JwtKeys} verifies), so a token is refused exactly when
 * it was before. Whether its account still accepts it is not a property of the token: {@link BearerAccountCheck}
 * asks on every request.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** A token lives 30 minutes and a busy team holds one or two per person: this is plenty. */
    static final int MAX_TOKENS = 4_096;

    private final DefaultJWTParser parser;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    public VerifiedTokens(DefaultJWTParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> untilExpiry(jwt)))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        // Keyed by the parsed token's own copy of the string, so the cache holds each token once.
        verified.put(jwt.getRawToken(), jwt);
        return jwt;
    }

    /** Counted on the service's clock, in production the system clock the parser checks {@code exp} against. */
    private Duration untilExpiry(JsonWebToken jwt) {
        long millis = TimeUnit.SECONDS.toMillis(jwt.getExpirationTime()) - clock.millis();
        return Duration.ofMillis(Math.max(0, millis));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
