package org.vipcare.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.VipCareConfig;
import org.vipcare.security.ConsoleSession.EndReason;

/**
 * The console's server-side sessions. Quarkus' form authentication still checks the password and keeps its encrypted
 * cookie; beside it the browser holds the random token of a {@link ConsoleSession} row in the {@value #COOKIE}
 * cookie, and a console request counts only when both agree: same user, session not ended, inside its idle timeout
 * ({@code quarkus.http.auth.form.timeout}) and absolute lifetime, and the user's security version unchanged.
 */
@ApplicationScoped
public class ConsoleSessions {

    public static final String COOKIE = "vipcare-session-id";
    static final String SESSION_ATTRIBUTE = "vipcare.console-session";
    static final String CSRF_ATTRIBUTE = "vipcare.csrf-token";
    /** The user's name and language as the session was resumed: for pages rendered where no lookup may block. */
    static final String DISPLAY_NAME_ATTRIBUTE = "vipcare.display-name";
    static final String LANGUAGE_ATTRIBUTE = "vipcare.language";
    /** A session's last use is written at most this often: one write a minute, not one per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Ended and expired rows are kept this long after their absolute end, for whoever investigates a sign-in. */
    private static final Duration KEEP_ENDED = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final AuditLog audit;
    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final String formCookie;

    public ConsoleSessions(Clock clock, AuditLog audit, VipCareConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String formCookie) {
        this.clock = clock;
        this.formCookie = formCookie;
        this.audit = audit;
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = config.console().sessionAbsoluteLifetime();
    }

    /** A new session after a successful login, and the token for the browser's cookie (never stored). */
    public record Opened(ConsoleSession session, String token) {
    }

    /** A session that still counts, with its user as the database has it now. */
    public record Resumed(ConsoleSession session, User user) {
    }

    @ActivateRequestContext
    @Transactional
    public Opened open(User user) {
        Instant now = clock.instant();
        ConsoleSession.delete("createdAt < ?1", now.minus(absoluteLifetime).minus(KEEP_ENDED));
        String token = randomToken();
        ConsoleSession session = new ConsoleSession();
        session.id = UUID.randomUUID();
        session.tokenHash = hash(token);
        session.userId = user.id;
        session.securityVersion = user.securityVersion;
        session.csrfToken = randomToken();
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return new Opened(session, token);
    }

    /**
     * The session behind a cookie token, if it still counts for this username; a session found past one of its limits
     * is ended on the spot, so it stays ended whatever happens to the user or the clock afterwards.
     */
    @ActivateRequestContext
    @Transactional
    public Optional<Resumed> resume(String token, String username) {
        Optional<ConsoleSession> found = token == null || token.isBlank() ? Optional.empty()
                : ConsoleSession.findByTokenHash(hash(token));
        if (found.isEmpty() || found.get().ended()) {
            return Optional.empty();
        }
        ConsoleSession session = found.get();
        User user = User.findById(session.userId);
        if (user == null || !user.username.equals(username)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<EndReason> over = overAt(session, user, now);
        if (over.isPresent()) {
            end(session.id, over.get(), now);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastSeenAt.plus(TOUCH_EVERY))) {
            ConsoleSession.update("lastSeenAt = ?1 where id = ?2 and endedAt is null", now, session.id);
        }
        return Optional.of(new Resumed(session, user));
    }

    /** Ends the caller's session on the server and audits the logout; the cookies are the caller's to drop. */
    @ActivateRequestContext
    @Transactional
    public void logout(SecurityIdentity identity, String endpoint) {
        Optional<UUID> id = sessionOf(identity);
        if (id.isPresent() && end(id.get(), EndReason.LOGOUT, clock.instant())) {
            audit.record(identity.getPrincipal().getName(), AuditAction.LOGOUT, null, endpoint,
                    "console session ended");
        }
    }

    /** The console session an identity was restored from, if any. */
    public static Optional<UUID> sessionOf(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(SESSION_ATTRIBUTE));
    }

    /** The CSRF token issued to the identity's console session; empty outside a console session. */
    public static Optional<String> csrfTokenOf(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(CSRF_ATTRIBUTE));
    }

    /** The display name of a console session's user, as it was when the request's session was resumed. */
    public static Optional<String> displayNameOf(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(DISPLAY_NAME_ATTRIBUTE));
    }

    /** The language a console session's user chose, as it was when the request's session was resumed. */
    public static Optional<String> languageOf(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(LANGUAGE_ATTRIBUTE));
    }

    /**
     * The session cookie: for this browser session only, never readable by scripts, never sent cross-site; Secure
     * when common/SecurityHeaders says so (HTTPS, or always in production).
     */
    static Cookie cookie(String token) {
        return Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
    }

    /** Tells the browser to forget both console cookies (Quarkus' form cookie and the session token). */
    public void dropCookies(RoutingContext routing) {
        for (String name : new String[] { formCookie, COOKIE }) {
            routing.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
    }

    private Optional<EndReason> overAt(ConsoleSession session, User user, Instant now) {
        if (!ConsoleIdentityProvider.mayUseConsole(user) || user.securityVersion != session.securityVersion) {
            return Optional.of(EndReason.REVOKED);
        }
        if (!now.isBefore(session.createdAt.plus(absoluteLifetime))) {
            return Optional.of(EndReason.EXPIRED);
        }
        if (!now.isBefore(session.lastSeenAt.plus(idleTimeout))) {
            return Optional.of(EndReason.IDLE);
        }
        return Optional.empty();
    }

    /** One statement, so that a concurrent touch cannot bring an ended session back. */
    private static boolean end(UUID id, EndReason reason, Instant now) {
        return ConsoleSession.update("endedAt = ?1, endReason = ?2 where id = ?3 and endedAt is null", now, reason,
                id) == 1;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
