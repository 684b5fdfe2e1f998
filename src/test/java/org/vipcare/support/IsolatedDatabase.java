package org.vipcare.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests whose rules depend on the whole customer book (population averages): they run against a database of
 * their own, {@code vipcare_isolated_test_<checkout>}, which they may empty. Created by src/main/scripts/local-postgres.sh;
 * with Dev Services the profile restart gets its own container.
 */
public class IsolatedDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabase.fromLocalPostgres()
                .map(url -> Map.of("quarkus.datasource.jdbc.url", url.replace("/vipcare_test", "/" + database())))
                .orElse(Map.of());
    }

    /** The database's name without the checkout's suffix; src/main/scripts/local-postgres.sh creates it. */
    protected String database() {
        return "vipcare_isolated_test";
    }
}
