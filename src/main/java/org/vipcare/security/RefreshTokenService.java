package org.vipcare.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.VipCareConfig;

/**
 * API sessions for apps that stay signed in: a sign-in starts a family of single-use refresh tokens; each refresh
 * spends one and issues the next with a new access token. A spent token presented again means it was copied, so the
 * whole family is revoked. Tokens die too when the user is disabled or changes roles or password.
 */
@ApplicationScoped
@Transactional
public class RefreshTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFUSED = "The refresh token is unknown, spent, expired or revoked: sign in again.";

    private final TokenService tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lifetime;

    public RefreshTokenService(TokenService tokens, AuditLog audit, Clock clock, VipCareConfig config) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = config.refreshTokenLifetime();
    }

    /** Signs a user in: a new session with its first refresh token. */
    public AccessToken signIn(User user, String clientAddress, String userAgent) {
        Instant now = clock.instant();
        return next(user, UUID.randomUUID(), now, now, clientAddress, userAgent);
    }

    /** Spends a refresh token for a new access and refresh token; a reused one revokes its session. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public AccessToken refresh(String refreshToken, String clientAddress, String userAgent) {
        Instant now = clock.instant();
        RefreshToken presented = RefreshToken.findForUpdate(hash(refreshToken))
                .orElseThrow(RefreshTokenService::refused);
        if (presented.spentAt != null && presented.revokedAt == null) {
            RefreshToken.revokeFamily(presented.familyId, now);
            User owner = User.findById(presented.userId);
            audit.record(owner.username, AuditAction.REFRESH_TOKEN_REUSED, null, "POST /api/v1/auth/refresh",
                    "session " + presented.familyId + " revoked; reuse from " + clientAddress);
            throw refused();
        }
        if (!presented.isLive(now)) {
            throw refused();
        }
        User user = User.findById(presented.userId);
        if (!user.enabled || user.securityVersion != presented.securityVersion) {
            RefreshToken.revokeFamily(presented.familyId, now);
            throw refused();
        }
        presented.spentAt = now;
        presented.updatedAt = now;
        return next(user, presented.familyId, presented.familyStartedAt, now, clientAddress, userAgent);
    }

    /** Ends the session of this refresh token; an unknown or dead one is ignored, so logout can be retried. */
    public void signOut(String refreshToken) {
        RefreshToken.<RefreshToken>find("tokenHash", hash(refreshToken)).firstResultOptional()
                .ifPresent(token -> RefreshToken.revokeFamily(token.familyId, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RefreshSessionDto> sessions(User user, PageRequest request) {
        PageRequest.Paging paging = request.resolve(
                Map.of("createdAt", "familyStartedAt", "lastUsedAt", "createdAt"), "familyStartedAt desc");
        var live = RefreshToken.listLive(user.id, user.securityVersion, clock.instant(), paging.orderBy());
        var items = live.stream().skip(paging.offset()).limit(paging.size()).map(RefreshSessionDto::from).toList();
        return new Page<>(items, paging.page(), paging.size(), live.size());
    }

    /** Ends one of a user's sessions (by the user or an admin). */
    public void revoke(User user, UUID sessionId, String actor) {
        boolean live = RefreshToken.listLive(user.id, user.securityVersion, clock.instant(), "createdAt").stream()
                .anyMatch(token -> token.familyId.equals(sessionId));
        if (!live) {
            throw ProblemException.notFound("session", sessionId);
        }
        RefreshToken.revokeFamily(sessionId, clock.instant());
        audit.record(actor, AuditAction.SESSION_REVOKED, null,
                "DELETE /api/v1/users/" + user.id + "/sessions/" + sessionId, user.username + ": session " + sessionId);
    }

    private AccessToken next(User user, UUID familyId, Instant familyStartedAt, Instant now, String clientAddress,
            String userAgent) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken token = new RefreshToken();
        token.stampNew(now);
        token.familyId = familyId;
        token.userId = user.id;
        token.tokenHash = hash(value);
        token.securityVersion = user.securityVersion;
        token.familyStartedAt = familyStartedAt;
        token.expiresAt = now.plus(lifetime);
        token.clientAddress = clientAddress;
        token.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
        token.persist();
        return new AccessToken(tokens.sign(user), tokens.lifetime().toSeconds(), value, lifetime.toSeconds(),
                "Bearer");
    }

    private static ProblemException refused() {
        return new ProblemException(ProblemType.UNAUTHENTICATED, "security.refresh.refused", REFUSED);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
