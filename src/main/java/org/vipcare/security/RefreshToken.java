package org.vipcare.security;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.common.BaseEntity;

/**
 * One refresh token of an API session, stored as its SHA-256 only. The tokens of one session share a family id:
 * each refresh spends one and issues the next.
 */
@Entity
public class RefreshToken extends BaseEntity {

    public UUID familyId;

    public UUID userId;

    public String tokenHash;

    /** The user's security version at issue. */
    public long securityVersion;

    public Instant familyStartedAt;

    public Instant expiresAt;

    public Instant spentAt;

    public Instant revokedAt;

    public String clientAddress;

    public String userAgent;

    /** The token with this hash, locked so that two refreshes with the same token cannot both succeed. */
    public static Optional<RefreshToken> findForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The live token of each of a user's sessions: not spent, not revoked, not expired, of the current version. */
    public static List<RefreshToken> listLive(UUID userId, long securityVersion, Instant now, String orderBy) {
        return list("userId = :user and securityVersion = :version and spentAt is null and revokedAt is null "
                + "and expiresAt > :now order by " + orderBy,
                Parameters.with("user", userId).and("version", securityVersion).and("now", now));
    }

    /** Revokes every token of a session that is not revoked yet; returns how many. */
    public static int revokeFamily(UUID familyId, Instant now) {
        return update("revokedAt = ?1, updatedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    public boolean isLive(Instant now) {
        return spentAt == null && revokedAt == null && expiresAt.isAfter(now);
    }
}
