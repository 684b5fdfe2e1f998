package org.vipcare.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A console sign-in on the server: made at login, looked up on every console request, ended by logout, by its idle
 * or absolute limit, or when its user's security version moves on. No optimistic version: concurrent requests of
 * one session may all touch it, and each change is a single-row update that cannot conflict in meaning.
 */
@Entity
public class ConsoleSession extends PanacheEntityBase {

    /** Why a session ended. */
    public enum EndReason {
        LOGOUT, IDLE, EXPIRED, REVOKED
    }

    @Id
    public UUID id;

    /** SHA-256 (hex) of the token in the browser's cookie. */
    @Column(nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public UUID userId;

    /** The user's security version at login; any other version means the session is void. */
    public long securityVersion;

    /** The synchronizer token every console form must send back. */
    @Column(nullable = false)
    public String csrfToken;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant lastSeenAt;

    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public EndReason endReason;

    static Optional<ConsoleSession> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public boolean ended() {
        return endedAt != null;
    }
}
