package org.vipcare.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for the database's notices of account changes (V43) on a connection of its own, outside the pool, and
 * tells {@link AccountStates}. It proves the connection alive every few seconds; when it is lost, accounts are read
 * from the database on every request until it is back.
 */
@ApplicationScoped
public class AccountChangeFeed {

    static final String CHANNEL = "vipcare_account_changed";
    private static final int POLL_MILLIS = 5_000;
    private static final long RETRY_MILLIS = 1_000;

    private final AccountStates accounts;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    public AccountChangeFeed(AccountStates accounts,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.accounts = accounts;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "account-change-feed");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        accounts.listening(false);
        listener.interrupt();
        close(connection);
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection db = DriverManager.getConnection(url, properties())) {
                connection = db;
                try (Statement statement = db.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                accounts.listening(true);
                if (lost) {
                    Log.info("Account change feed connected again; accounts are kept in memory again");
                    lost = false;
                }
                relay(db);
            } catch (SQLException | RuntimeException e) {
                accounts.listening(false);
                if (running && !lost) {
                    Log.warnf("Account change feed lost (%s); every request reads its account until it is back",
                            e.getMessage());
                    lost = true;
                }
                pause();
            }
        }
    }

    private void relay(Connection db) throws SQLException {
        PGConnection notices = db.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] received = notices.getNotifications(POLL_MILLIS);
            if (received == null || received.length == 0) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("select 1"); // a half-open connection would otherwise stay silent
                }
                continue;
            }
            for (PGNotification notice : received) {
                accounts.changed(UUID.fromString(notice.getParameter()));
            }
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "15");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "vipcare account change feed");
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void close(Connection db) {
        if (db == null) {
            return;
        }
        try {
            db.close();
        } catch (SQLException e) {
            Log.debugf("Closing the account change feed: %s", e.getMessage());
        }
    }
}
