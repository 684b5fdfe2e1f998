package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Finding 14 of issue 11: strong passwords, changed by their owner, and audited admin changes. */
@QuarkusTest
class PasswordResourceTest {

    private static final String NEW_PASSWORD = "Copper-Meadow-Violin-58";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void usersChangeTheirOwnPasswordAndEverySessionEnds() {
        Caller agent = TestData.newUser(Role.AGENT);
        String refreshToken = given().contentType(ContentType.JSON)
                .body(Map.of("username", agent.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("refreshToken");

        change(agent, TestData.PASSWORD, NEW_PASSWORD).then().statusCode(204);

        agent.request().get("/api/v1/users/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", agent.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
        TestData.token(agent.username(), NEW_PASSWORD);
        assertEquals(1, audited(AuditAction.PASSWORD_CHANGED, agent.username() + ": by the user%"));
    }

    @Test
    void aWrongCurrentPasswordIsForbiddenAndCountsAsAFailedLogin() {
        Caller agent = TestData.newUser(Role.AGENT);
        change(agent, "Not-My-Password-Really-1", NEW_PASSWORD).then().statusCode(403)
                .contentType("application/problem+json").body("detail", equalTo("The current password is wrong."));
        agent.request().get("/api/v1/users/me").then().statusCode(200);
        long failures = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2",
                agent.username(), AuditAction.LOGIN_FAILED));
        assertEquals(1, failures);
    }

    @Test
    void shortCommonAndPersonalPasswordsAreRefusedInPlainWords() {
        Caller agent = TestData.newUser(Role.AGENT);
        change(agent, TestData.PASSWORD, "Short-1").then().statusCode(400)
                .body("violations[0].field", equalTo("newPassword"));
        change(agent, TestData.PASSWORD, "password1234").then().statusCode(400)
                .body("violations[0].field", equalTo("newPassword"),
                        "violations[0].message", containsString("too common or too easy to guess"));
        change(agent, TestData.PASSWORD, agent.username() + "2024").then().statusCode(400)
                .body("violations[0].message", containsString("too easy to guess"));
        change(agent, TestData.PASSWORD, TestData.PASSWORD).then().statusCode(400)
                .body("violations[0].message", equalTo("must differ from the current password"));
        agent.request().get("/api/v1/users/me").then().statusCode(200);

        TestData.admin().request().body(Map.of("username", TestData.unique("weak"), "displayName", "Weak",
                "password", "qwertyuiop123", "roles", List.of("AGENT"))).post("/api/v1/users")
                .then().statusCode(400).body("violations[0].field", equalTo("password"),
                        "violations[0].message", containsString("too common"));
        TestData.admin().request().body(Map.of("username", TestData.unique("weak"), "displayName", "Weak",
                "password", "Xq7#kP2!vL9", "roles", List.of("AGENT"))).post("/api/v1/users")
                .then().statusCode(400).body("violations[0].field", equalTo("password"));
    }

    @Test
    void everyAdminChangeToAUserIsAudited() {
        Caller agent = TestData.newUser(Role.AGENT);
        String path = "/api/v1/users/" + agent.id();
        Caller admin = TestData.admin();
        String etag = admin.request().get(path).then().extract().header("ETag");
        etag = admin.request().header("If-Match", etag).body(Map.of("displayName", "Renamed", "roles",
                List.of("AGENT"), "department", "Shanghai", "enabled", false)).put(path)
                .then().statusCode(200).body("enabled", equalTo(false)).extract().header("ETag");
        etag = admin.request().header("If-Match", etag).body(Map.of("displayName", "Renamed", "roles",
                List.of("AGENT"), "department", "Shanghai", "enabled", true, "password", "password"))
                .put(path).then().statusCode(400).extract().header("ETag");
        admin.request().header("If-Match", "\"1\"").body(Map.of("displayName", "Renamed", "roles",
                List.of("AGENT"), "department", "Shanghai", "enabled", true, "password", NEW_PASSWORD))
                .put(path).then().statusCode(200);
        String name = agent.username();
        assertEquals(1, audited(AuditAction.USER_DISABLED, name));
        assertEquals(1, audited(AuditAction.USER_ENABLED, name));
        assertEquals(1, audited(AuditAction.PASSWORD_CHANGED, name + ": set by an admin"));
        assertEquals(1, audited(AuditAction.USER_UPDATED, name + ": [displayName, department]"));
        TestData.token(name, NEW_PASSWORD);
    }

    @Test
    void theOwnPasswordNeedsASignedInUser() {
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "x", "newPassword", NEW_PASSWORD))
                .put("/api/v1/users/me/password").then().statusCode(401).body("type", endsWith("/unauthenticated"));
    }

    private static io.restassured.response.Response change(Caller caller, String current, String next) {
        return caller.request().body(Map.of("currentPassword", current, "newPassword", next))
                .put("/api/v1/users/me/password");
    }

    private static long audited(AuditAction action, String detailLike) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and detail like ?2",
                action, detailLike));
    }
}
