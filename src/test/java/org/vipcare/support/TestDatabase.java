package org.vipcare.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the tests' database is, as src/main/scripts/local-postgres.sh wrote it (or QUARKUS_DATASOURCE_JDBC_URL);
 * empty under Dev Services, whose container is only known once the service has started.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Optional<String> jdbcUrl() {
        String fromEnvironment = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return fromLocalPostgres();
    }

    /** Only what src/main/scripts/local-postgres.sh found, which also created the other test databases beside it. */
    public static Optional<String> fromLocalPostgres() {
        Path found = Path.of("target", "local-postgres.properties");
        if (!Files.exists(found)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(found)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Optional.ofNullable(properties.getProperty("%test.quarkus.datasource.jdbc.url"));
    }
}
