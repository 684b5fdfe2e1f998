package org.vipcare.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * For tests of what clients see while the database is away: the service reaches PostgreSQL through a
 * {@link DatabaseLink} the test cuts and restores. Same database as the other tests, another route to it. Under Dev
 * Services the database's address is unknown beforehand and {@link #link()} is empty: such tests are skipped.
 */
public class DatabaseOutage implements QuarkusTestProfile {

    /** What tests hold of the link. */
    public interface Link {
        void cut();

        void restore();
    }

    // The profile and the test run in different class loaders; the one link is registered with the JVM's MBean server
    // and reached by name from both.
    private static final ObjectName NAME = name();

    /** The link of the running profile. */
    public static Optional<Link> link() {
        if (!registered()) {
            return Optional.empty();
        }
        return Optional.of(new Link() {
            @Override
            public void cut() {
                invoke("cut");
            }

            @Override
            public void restore() {
                invoke("restore");
            }
        });
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabase.jdbcUrl().map(url -> {
            URI target = URI.create(url.substring("jdbc:".length()));
            String routed = "jdbc:postgresql://127.0.0.1:" + port(target) + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            // Both keys: a profiled key (as local-postgres.properties writes it) wins over a plain one of any source.
            return Map.of("quarkus.datasource.jdbc.url", routed, "%test.quarkus.datasource.jdbc.url", routed);
        }).orElse(Map.of());
    }

    private static synchronized int port(URI target) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            if (!server.isRegistered(NAME)) {
                server.registerMBean(new DatabaseLink(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort()),
                        NAME);
            }
            return (Integer) server.getAttribute(NAME, "Port");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean registered() {
        return ManagementFactory.getPlatformMBeanServer().isRegistered(NAME);
    }

    private static void invoke(String operation) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(NAME, operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectName name() {
        try {
            return new ObjectName("org.vipcare.test:type=DatabaseLink");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
