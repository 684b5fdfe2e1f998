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
 * Slows password guessing down without handing attackers a way to lock people out. Failed logins are kept in
 * PostgreSQL (so the counts hold across replicas) and answered with 429 and Retry-After:
 * <ul>
 * <li>per username and client address, a delay that doubles with every failure past the first few;</li>
 * <li>per username, a ceiling of failures from everywhere, which holds back only addresses the user never signed in
 * from: the owner still gets in from a known address, after that address's own delay;</li>
 * <li>per client address, a ceiling over all usernames (one place trying many accounts).</li>
 * </ul>
 * Failures older than the window are forgotten.
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
        Instant retryAt = pairRetryAt(username, address, since);
        if (!isKnown(username, address)) {
            retryAt = later(retryAt, ceilingRetryAt("username", username, since, config.usernameCeiling()));
        }
        retryAt = later(retryAt, ceilingRetryAt("client_address", address, since, config.maxFailuresPerAddress()));
        if (retryAt != null && retryAt.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, retryAt).toMillis() / 1000 + 1);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "security.login.throttled",
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

    /**
     * A successful login forgives the failures of this username from this address only (an attacker's failures
     * elsewhere still count), and makes the address a known one for the username.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username, String address) {
        Instant now = clock.instant();
        em.createNativeQuery("delete from login_failure where username = ?1 and client_address = ?2")
                .setParameter(1, username).setParameter(2, address).executeUpdate();
        em.createNativeQuery("insert into known_login_address (username, client_address, last_success_at) "
                + "values (?1, ?2, ?3) on conflict (username, client_address) do update set last_success_at = ?3")
                .setParameter(1, username).setParameter(2, address).setParameter(3, now).executeUpdate();
    }

    /** The delay after n failures of one username from one address: none for the first few, then doubling. */
    static Duration delayAfter(int failures, VipCareConfig.LoginThrottle config) {
        int doublings = failures - config.freeFailures();
        if (doublings < 0) {
            return Duration.ZERO;
        }
        Duration delay = config.baseDelay().multipliedBy(1L << Math.min(doublings, 30));
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    private Instant pairRetryAt(String username, String address, Instant since) {
        // Past freeFailures + 30 failures the delay no longer grows, so no more rows are needed.
        @SuppressWarnings("unchecked")
        List<Instant> times = em.createNativeQuery("select at from login_failure where username = ?1 "
                + "and client_address = ?2 and at > ?3 order by at desc limit ?4", Instant.class)
                .setParameter(1, username).setParameter(2, address).setParameter(3, since)
                .setParameter(4, config.freeFailures() + 31).getResultList();
        return times.isEmpty() ? null : times.get(0).plus(delayAfter(times.size(), config));
    }

    private boolean isKnown(String username, String address) {
        return !em.createNativeQuery("select 1 from known_login_address where username = ?1 and client_address = ?2")
                .setParameter(1, username).setParameter(2, address).getResultList().isEmpty();
    }

    private Instant ceilingRetryAt(String column, String value, Instant since, int max) {
        // The max-th newest failure inside the window decides when the next attempt is allowed.
        @SuppressWarnings("unchecked")
        List<Instant> times = em.createNativeQuery("select at from login_failure where " + column
                + " = ?1 and at > ?2 order by at desc limit ?3", Instant.class)
                .setParameter(1, value).setParameter(2, since).setParameter(3, max).getResultList();
        return times.size() < max ? null : times.get(max - 1).plus(config.window());
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }
}
