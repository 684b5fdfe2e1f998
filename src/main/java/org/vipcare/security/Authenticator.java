package org.vipcare.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Predicate;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;

/** Checks a username and password for both the API token endpoint and the console login, with throttling and audit. */
@ApplicationScoped
public class Authenticator {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    public Authenticator(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** The enabled user with these credentials, or empty; throws 429 when the caller is throttled. */
    public Optional<User> authenticate(String username, String password, String address, String channel) {
        return authenticate(username, password, address, channel, user -> true);
    }

    /**
     * As above, for a door only some users may pass: a user with the right password whom {@code admitted} refuses
     * is audited as LOGIN_REFUSED, never as a LOGIN, and gets empty.
     */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.NEVER)
    public Optional<User> authenticate(String username, String password, String address, String channel,
            Predicate<User> admitted) {
        throttle.check(username, address);
        Optional<User> user = User.findByUsername(username);
        boolean matches = Passwords.matches(password, user.map(u -> u.passwordHash).orElse(Passwords.NO_USER_HASH));
        if (user.isEmpty() || !matches || !user.get().enabled) {
            throttle.recordFailure(username, address);
            audit.recordAlone(username, AuditAction.LOGIN_FAILED, channel, "from " + address);
            return Optional.empty();
        }
        if (!admitted.test(user.get())) {
            audit.recordAlone(username, AuditAction.LOGIN_REFUSED, channel, "from " + address + ", roles "
                    + user.get().roles);
            return Optional.empty();
        }
        throttle.recordSuccess(username, address);
        audit.recordAlone(username, AuditAction.LOGIN, channel, "from " + address);
        return user;
    }
}
