package org.vipcare.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * For tests whose rules depend on the whole customer book (population averages): they run against a database of
 * their own, {@code vipcare_isolated_test_<checkout>}, which they may empty. Created by src/main/scripts/local-postgres.sh;
 * with Dev Services the profile restart gets its own container.
 */
public class IsolatedDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path found = Path.of("target", "local-postgres.properties");
        if (!Files.exists(found)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(found)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String url = properties.getProperty("%test.quarkus.datasource.jdbc.url");
        if (url == null) {
            return Map.of();
        }
        return Map.of("quarkus.datasource.jdbc.url", url.replace("/vipcare_test", "/" + database()));
    }

    /** The database's name without the checkout's suffix; src/main/scripts/local-postgres.sh creates it. */
    protected String database() {
        return "vipcare_isolated_test";
    }
}
