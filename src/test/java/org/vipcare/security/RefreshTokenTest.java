package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Finding 4 of issue 11: mobile sessions with rotating, single-use refresh tokens. */
@QuarkusTest
class RefreshTokenTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheWholeSession() {
        Caller agent = TestData.newUser(Role.AGENT);
        JsonPath first = signIn(agent.username(), "VipCareMobile/2.1");
        assertEquals(2_592_000, first.getInt("refreshExpiresIn"));
        assertEquals(1800, first.getInt("expiresIn"));

        JsonPath second = refresh(first.getString("refreshToken")).then().statusCode(200)
                .body("tokenType", equalTo("Bearer"), "accessToken", notNullValue()).extract().jsonPath();
        assertNotEquals(first.getString("refreshToken"), second.getString("refreshToken"));
        given().header("Authorization", "Bearer " + second.getString("accessToken")).get("/api/v1/users/me").then().statusCode(200)
                .body("username", equalTo(agent.username()));

        // The old one again: someone holds a copy. Refused, and the current token of the session dies with it.
        refresh(first.getString("refreshToken")).then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/unauthenticated"));
        refresh(second.getString("refreshToken")).then().statusCode(401);
        long reuses = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2",
                agent.username(), AuditAction.REFRESH_TOKEN_REUSED));
        assertEquals(1, reuses);
        // Left: the session TestData signed in with.
        agent.request().get("/api/v1/users/" + agent.id() + "/sessions").then().statusCode(200)
                .body("total", is(1));
    }

    @Test
    void onlyTheHashIsStored() {
        Caller agent = TestData.newUser(Role.AGENT);
        String refreshToken = signIn(agent.username(), "curl").getString("refreshToken");
        assertEquals(43, refreshToken.length(), "32 random bytes, base64url");
        RefreshToken stored = QuarkusTransaction.requiringNew().call(() -> RefreshToken.<RefreshToken>find(
                "tokenHash", RefreshTokenService.hash(refreshToken)).firstResult());
        assertNotNull(stored);
        assertEquals(agent.id(), stored.userId);
        long plain = QuarkusTransaction.requiringNew().call(() -> RefreshToken.count("tokenHash", refreshToken));
        assertEquals(0, plain);
    }

    @Test
    void logoutRevokesTheRefreshTokenAndMayBeRepeated() {
        Caller agent = TestData.newUser(Role.AGENT);
        String refreshToken = signIn(agent.username(), "curl").getString("refreshToken");
        logout(refreshToken).then().statusCode(204);
        refresh(refreshToken).then().statusCode(401);
        logout(refreshToken).then().statusCode(204);
        logout("never-issued").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/auth/logout").then().statusCode(400)
                .body("violations[0].field", equalTo("refreshToken"));
    }

    @Test
    void usersAndAdminsListAndEndSessionsOthersCannot() {
        Caller agent = TestData.newUser(Role.AGENT);
        // TestData's own sign-in is the oldest session.
        String phone = signIn(agent.username(), "VipCareMobile/2.1 (Android 14)").getString("refreshToken");
        signIn(agent.username(), "VipCareMobile/2.1 (iOS 18)");
        String path = "/api/v1/users/" + agent.id() + "/sessions";

        List<Map<String, Object>> sessions = agent.request().get(path).then().statusCode(200)
                .body("total", is(3), "items", hasSize(3), "items[0].clientAddress", notNullValue(),
                        "items[0].userAgent", equalTo("VipCareMobile/2.1 (iOS 18)"),
                        "items[1].userAgent", equalTo("VipCareMobile/2.1 (Android 14)"))
                .extract().path("items");
        TestData.admin().request().get(path).then().statusCode(200).body("total", is(3));
        TestData.newUser(Role.AGENT).request().get(path).then().statusCode(403);
        TestData.newUser(Role.SUPERVISOR).request().delete(path + "/" + sessions.get(1).get("id"))
                .then().statusCode(403);

        agent.request().delete(path + "/" + sessions.get(1).get("id")).then().statusCode(204);
        refresh(phone).then().statusCode(401);
        agent.request().delete(path + "/" + sessions.get(1).get("id")).then().statusCode(404);
        TestData.admin().request().delete(path + "/" + sessions.get(0).get("id")).then().statusCode(204);
        agent.request().get(path).then().statusCode(200).body("total", is(1));
        long revoked = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and detail like ?2",
                AuditAction.SESSION_REVOKED, agent.username() + ":%"));
        assertEquals(2, revoked);
    }

    @Test
    void aSecurityVersionBumpEndsRefreshTokensToo() {
        Caller agent = TestData.newUser(Role.AGENT);
        String refreshToken = signIn(agent.username(), "curl").getString("refreshToken");
        String etag = TestData.admin().request().get("/api/v1/users/" + agent.id()).then().extract().header("ETag");
        TestData.admin().request().header("If-Match", etag)
                .body(Map.of("displayName", "Moved", "roles", List.of("SUPERVISOR"), "enabled", true))
                .put("/api/v1/users/" + agent.id()).then().statusCode(200);
        refresh(refreshToken).then().statusCode(401);
        TestData.admin().request().get("/api/v1/users/" + agent.id() + "/sessions").then().statusCode(200)
                .body("total", is(0));
    }

    private static JsonPath signIn(String username, String userAgent) {
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent)
                .body(Map.of("username", username, "password", TestData.PASSWORD)).post("/api/v1/auth/token")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh");
    }

    private static io.restassured.response.Response logout(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/logout");
    }
}
