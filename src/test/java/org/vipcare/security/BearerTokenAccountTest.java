package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Finding 3 of issue 11: a bearer token follows its account (disable, role change, new password, expiry). */
@QuarkusTest
class BearerTokenAccountTest {

    @Inject
    JwtKeys keys;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDisabledUsersTokenIsRefusedAtOnce() {
        Caller agent = TestData.newUser(Role.AGENT);
        agent.request().get("/api/v1/users/me").then().statusCode(200);
        update(agent, Map.of("displayName", "Gone", "roles", List.of("AGENT"), "enabled", false));
        refused(agent.token(), "/api/v1/users/me");
        refused(agent.token(), "/api/v1/customers");
    }

    @Test
    void aDemotedSupervisorLosesTheAuditLogAtOnce() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        supervisor.request().get("/api/v1/audit").then().statusCode(200);
        update(supervisor, Map.of("displayName", "Demoted", "roles", List.of("AGENT"), "enabled", true));
        refused(supervisor.token(), "/api/v1/audit");
    }

    @Test
    void rolesComeFromTheAccountNotFromTheToken() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        // Behind the service's back, without a new security version: the token still says SUPERVISOR.
        QuarkusTransaction.requiringNew().run(() -> User.<User>findById(supervisor.id()).roles = EnumSet.of(Role.AGENT));
        supervisor.request().get("/api/v1/audit").then().statusCode(403);
        supervisor.request().get("/api/v1/users/me").then().statusCode(200).body("roles[0]", equalTo("AGENT"));
    }

    @Test
    void aNewPasswordEndsTheTokensIssuedBefore() {
        Caller agent = TestData.newUser(Role.AGENT);
        String newPassword = "Quiet-Lantern-Harbour-" + UUID.randomUUID().toString().substring(0, 6);
        update(agent, Map.of("displayName", "Agent", "roles", List.of("AGENT"), "enabled", true,
                "password", newPassword));
        refused(agent.token(), "/api/v1/users/me");
        String fresh = TestData.token(agent.username(), newPassword);
        given().header("Authorization", "Bearer " + fresh).get("/api/v1/users/me").then().statusCode(200);
    }

    @Test
    void expiredAndVersionlessTokensAreRefusedWithoutGrace() {
        Caller agent = TestData.newUser(Role.AGENT);
        long now = Instant.now().getEpochSecond();
        refused(sign(agent, now - 600, now - 5, 0L), "/api/v1/users/me");
        refused(sign(agent, now - 10, now + 600, null), "/api/v1/users/me");
        refused(sign(agent, now - 10, now + 600, 7L), "/api/v1/users/me");
        given().header("Authorization", "Bearer " + sign(agent, now - 10, now + 600, 0L)).get("/api/v1/users/me").then().statusCode(200);
    }

    private String sign(Caller caller, long issuedAt, long expiresAt, Long securityVersion) {
        var claims = Jwt.issuer(issuer).upn(caller.username()).subject(caller.id().toString())
                .claim(TokenService.USER_ID_CLAIM, caller.id().toString()).groups(Set.of("AGENT"))
                .issuedAt(issuedAt).expiresAt(expiresAt);
        if (securityVersion != null) {
            claims.claim(TokenService.SECURITY_VERSION_CLAIM, securityVersion);
        }
        return claims.sign(keys.signingKey());
    }

    private static void update(Caller user, Map<String, Object> body) {
        String etag = TestData.admin().request().get("/api/v1/users/" + user.id()).then().statusCode(200)
                .extract().header("ETag");
        TestData.admin().request().header("If-Match", etag).body(body).put("/api/v1/users/" + user.id())
                .then().statusCode(200);
    }

    private static void refused(String token, String path) {
        given().header("Authorization", "Bearer " + token).get(path).then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/unauthenticated"))
                .header("WWW-Authenticate", "Bearer");
    }
}
