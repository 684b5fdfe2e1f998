package org.vipcare.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractValidationFilter} for every {@code @QuarkusTest} class (registered in META-INF/services).
 * A Quarkus callback rather than a JUnit extension: it runs in the class loader the test's RestAssured lives in,
 * which a test profile's restart replaces, so the filter is installed once per loader.
 */
public class ContractValidation implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }
}
