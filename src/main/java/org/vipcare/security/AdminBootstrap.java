package org.vipcare.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import org.vipcare.common.VipCareConfig;

/**
 * Makes sure someone can sign in to a new installation: on an empty user table, creates {@code admin} with
 * VIPCARE_ADMIN_PASSWORD. Production refuses to start without it; the demo book brings its own users. Replicas
 * starting together on a new database take turns (an advisory lock), so the second finds the admin the first made
 * instead of failing its start on the unique username.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final long LOCK_KEY = 0x61646d696eL;

    private final VipCareConfig config;
    private final Clock clock;

    public AdminBootstrap(VipCareConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent start) {
        User.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (User.count() > 0 || config.demoBook()) {
            return;
        }
        if (config.adminPassword().isEmpty()) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                throw new IllegalStateException("The user table is empty and VIPCARE_ADMIN_PASSWORD is not set: "
                        + "set it so that the first admin can sign in.");
            }
            Log.warn("The user table is empty and VIPCARE_ADMIN_PASSWORD is not set: nobody can sign in.");
            return;
        }
        PasswordPolicy.check(config.adminPassword().get(), "admin").ifPresent(weakness -> {
            throw new IllegalStateException("VIPCARE_ADMIN_PASSWORD " + weakness.message + ".");
        });
        User admin = new User();
        admin.stampNew(clock.instant());
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.passwordHash = Passwords.hash(config.adminPassword().get());
        admin.roles = EnumSet.of(Role.ADMIN);
        admin.persist();
        Log.info("Created the first user, admin");
    }
}
