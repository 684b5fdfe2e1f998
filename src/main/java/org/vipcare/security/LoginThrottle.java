package org.vipcare.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.VipCareConfig;

/**
 * Slows down password guessing: failed logins are counted in PostgreSQL per username and per client address (so the
 * count holds across replicas); past the limit, attempts get 429 with Retry-After until the oldest failure leaves
 * the window.
 */
@ApplicationScoped
public class LoginThrottle {

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig.LoginThrottle config;

    public LoginThrottle(EntityManager em, Clock clock, VipCareConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config.loginThrottle();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(config.window());
        Instant retryAt = blockedUntil("username", username, since, config.maxFailures());
        Instant byAddress = blockedUntil("client_address", address, since, config.maxFailuresPerAddress());
        if (byAddress != null && (retryAt == null || byAddress.isAfter(retryAt))) {
            retryAt = byAddress;
        }
        if (retryAt != null) {
            long seconds = Math.max(1, Duration.between(now, retryAt).toSeconds() + 1);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Too many failed logins; try again in " + seconds + " seconds.", List.of(),
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        em.createNativeQuery("insert into login_failure (username, client_address, at) values (?1, ?2, ?3)")
                .setParameter(1, username).setParameter(2, address).setParameter(3, clock.instant())
                .executeUpdate();
    }

    /** A successful login forgives the username's failures (not the address's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        em.createNativeQuery("delete from login_failure where username = ?1").setParameter(1, username)
                .executeUpdate();
    }

    private Instant blockedUntil(String column, String value, Instant since, int max) {
        // The max-th newest failure inside the window decides when the next attempt is allowed.
        @SuppressWarnings("unchecked")
        List<Instant> times = em.createNativeQuery("select at from login_failure where " + column
                + " = ?1 and at > ?2 order by at desc limit ?3", Instant.class)
                .setParameter(1, value).setParameter(2, since).setParameter(3, max).getResultList();
        if (times.size() < max) {
            return null;
        }
        return times.get(max - 1).plus(config.window());
    }
}
