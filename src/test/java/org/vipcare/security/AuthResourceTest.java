package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class AuthResourceTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void issuesAShortLivedBearerTokenWithTheUsersRoles() {
        Caller agent = TestData.newUser(Role.AGENT);
        given().contentType(ContentType.JSON).body(Map.of("username", agent.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"), "expiresIn", is(1800), "accessToken", notNullValue());
        agent.request().get("/api/v1/users/me").then().statusCode(200)
                .body("username", equalTo(agent.username()), "roles[0]", equalTo("AGENT"),
                        "id", equalTo(agent.id().toString()));
        long logins = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2",
                agent.username(), AuditAction.LOGIN));
        assertTrue(logins >= 1);
    }

    @Test
    void wrongPasswordsAreRefusedAuditedAndThenSlowedDown() {
        Caller agent = TestData.newUser(Role.AGENT);
        for (int i = 0; i < 3; i++) {
            login(agent.username(), "wrong-" + i).then().statusCode(401)
                    .contentType("application/problem+json").body("type", endsWith("/unauthenticated"));
        }
        Response blocked = login(agent.username(), TestData.PASSWORD);
        blocked.then().statusCode(429).contentType("application/problem+json")
                .body("type", endsWith("/too-many-requests"));
        assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0);
        long failures = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2",
                agent.username(), AuditAction.LOGIN_FAILED));
        assertEquals(3, failures);
        login(TestData.newUser(Role.AGENT).username(), TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void manyFailuresFromOneAddressBlockThatAddress() {
        clearFailuresFromLocalhost();
        try {
            int attempts = 0;
            int status;
            do {
                status = login(TestData.unique("nobody"), "guess").statusCode();
                attempts++;
            } while (status == 401 && attempts < 40);
            assertEquals(429, status);
            assertTrue(attempts > 20, "the per-address limit (30 in tests) should not hit early: " + attempts);
        } finally {
            clearFailuresFromLocalhost();
        }
    }

    @Test
    void badRequestsToTheTokenEndpoint() {
        given().contentType(ContentType.JSON).body(Map.of("username", "")).post("/api/v1/auth/token")
                .then().statusCode(400).body("violations.size()", greaterThan(0));
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "x", "extra", 1))
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void integrationClientsAndDisabledUsersCannotUseTheConsole() {
        Caller integration = TestData.newUser(Role.INTEGRATION);
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", integration.username()).formParam("j_password", TestData.PASSWORD)
                .post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/admin/login?error=true"));
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token");
    }

    private void clearFailuresFromLocalhost() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from login_failure where client_address in ('127.0.0.1', '0:0:0:0:0:0:0:1')").executeUpdate());
    }
}
