package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.ConsoleSession.EndReason;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * Console sessions end: on logout (the old cookies then lead to the login page, and a POST with them changes
 * nothing), after the absolute lifetime and the idle timeout, and at once when the user is disabled, changes roles or
 * gets a new password. Quarkus' form cookie alone, without a live server-side session of the same user, is nobody.
 */
@QuarkusTest
class ConsoleSessionsTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void logoutEndsTheSessionOnTheServerAndTheOldCookiesLeadToTheLoginPage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        org.vipcare.support.ConsoleSession console = org.vipcare.support.ConsoleSession.login(agent.username(),
                TestData.PASSWORD);
        console.request().get("/admin/customers").then().statusCode(200);

        Response out = console.form().post("/admin/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/admin/login"));
        assertEquals("", out.getDetailedCookie(ConsoleSessions.COOKIE).getValue());
        assertEquals(EndReason.LOGOUT, sessionsOf(agent.id()).get(0).endReason);
        assertEquals(1, audited(agent.username(), AuditAction.LOGOUT));
        assertEquals(1, audited(agent.username(), AuditAction.LOGIN));

        // a browser (or a thief) that kept the cookies
        console.request().get("/admin/customers")
                .then().statusCode(302).header("Location", endsWith("/admin/login"));
        String name = TestData.unique("After Logout");
        console.form().formParam("name", name).formParam("type", "INDIVIDUAL")
                .formParam("phones.mobile", TestData.mobile()).post("/admin/customers")
                .then().statusCode(302).header("Location", endsWith("/admin/login"));
        assertEquals(0, TestData.customersNamed(name));
        console.form().post("/admin/logout").then().statusCode(302);
        assertEquals(1, audited(agent.username(), AuditAction.LOGOUT), "a replayed logout is no second logout");
    }

    @Test
    void theFormCookieAloneOrWithAnotherUsersSessionIsNobody() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser other = TestData.newConsoleUser(Role.SUPERVISOR);
        org.vipcare.support.ConsoleSession mine = org.vipcare.support.ConsoleSession.login(agent.username(),
                TestData.PASSWORD);
        org.vipcare.support.ConsoleSession theirs = org.vipcare.support.ConsoleSession.login(other.username(),
                TestData.PASSWORD);

        given().redirects().follow(false).cookie("vipcare-session", mine.sessionCookie()).get("/admin/customers")
                .then().statusCode(302).header("Location", endsWith("/admin/login"));
        given().redirects().follow(false).cookie("vipcare-session", mine.sessionCookie())
                .cookie(ConsoleSessions.COOKIE, theirs.sessionIdCookie()).get("/admin/customers")
                .then().statusCode(302).header("Location", endsWith("/admin/login"));
        given().redirects().follow(false).cookie("vipcare-session", mine.sessionCookie())
                .cookie(ConsoleSessions.COOKIE, "made-up").get("/admin/customers")
                .then().statusCode(302);
        // neither real session suffered from the attempts
        mine.request().get("/admin/customers").then().statusCode(200).body(containsString(agent.displayName()));
        theirs.request().get("/admin/customers").then().statusCode(200).body(containsString(other.displayName()));
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        org.vipcare.support.ConsoleSession console = org.vipcare.support.ConsoleSession.login(agent.username(),
                TestData.PASSWORD);
        Instant start = sessionsOf(agent.id()).get(0).createdAt;

        // busy all along: a request every 20 minutes, so the idle timeout never strikes
        for (Instant at = start.plus(Duration.ofMinutes(20)); at.isBefore(start.plus(Duration.ofHours(12)));
                at = at.plus(Duration.ofMinutes(20))) {
            clock.pin(at);
            console.request().get("/admin/customers").then().statusCode(200);
        }
        clock.pin(start.plus(Duration.ofHours(12)));
        console.request().get("/admin/customers")
                .then().statusCode(302).header("Location", endsWith("/admin/login"));
        assertEquals(EndReason.EXPIRED, sessionsOf(agent.id()).get(0).endReason);

        clock.reset();
        console.request().get("/admin/customers").then().statusCode(302);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeout() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        org.vipcare.support.ConsoleSession console = org.vipcare.support.ConsoleSession.login(agent.username(),
                TestData.PASSWORD);
        Instant start = sessionsOf(agent.id()).get(0).createdAt;

        clock.pin(start.plus(Duration.ofMinutes(29)));
        console.request().get("/admin/customers").then().statusCode(200);
        clock.pin(start.plus(Duration.ofMinutes(29 + 30)));
        console.request().get("/admin/customers").then().statusCode(302);
        assertEquals(EndReason.IDLE, sessionsOf(agent.id()).get(0).endReason);
    }

    @Test
    void disablingAUserEndsItsSessionsAtOnce() {
        endsSessions(Map.of("enabled", false));
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsAtOnce() {
        endsSessions(Map.of("roles", List.of("SUPERVISOR")));
    }

    @Test
    void aNewPasswordEndsTheUsersSessionsAtOnce() {
        endsSessions(Map.of("password", "a-new-Password-for-" + UUID.randomUUID()));
    }

    /** Two sessions of one user (two browsers) both end with the change, and the next login works again. */
    private void endsSessions(Map<String, Object> change) {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        var first = org.vipcare.support.ConsoleSession.login(agent.username(), TestData.PASSWORD);
        var second = org.vipcare.support.ConsoleSession.login(agent.username(), TestData.PASSWORD);
        first.request().get("/admin/customers").then().statusCode(200);

        TestData.Caller admin = TestData.admin();
        Response current = admin.request().get("/api/v1/users/" + agent.id());
        Map<String, Object> body = new java.util.HashMap<>(Map.of("displayName", agent.displayName(),
                "roles", List.of("AGENT"), "enabled", true));
        body.putAll(change);
        admin.request().header("If-Match", current.header("ETag")).body(body).put("/api/v1/users/" + agent.id())
                .then().statusCode(200);

        first.request().get("/admin/customers").then().statusCode(302).header("Location", endsWith("/admin/login"));
        second.form().post("/admin/logout").then().statusCode(302);
        List<ConsoleSession> sessions = sessionsOf(agent.id());
        assertEquals(2, sessions.size());
        sessions.forEach(session -> assertEquals(EndReason.REVOKED, session.endReason));
    }

    @Test
    void theCookieHoldsARandomTokenAndTheTableOnlyItsHash() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        var console = org.vipcare.support.ConsoleSession.login(agent.username(), TestData.PASSWORD);
        ConsoleSession stored = sessionsOf(agent.id()).get(0);
        assertEquals(43, console.sessionIdCookie().length(), "32 random bytes, base64url");
        assertNotEquals(console.sessionIdCookie(), stored.tokenHash);
        assertEquals(ConsoleSessions.hash(console.sessionIdCookie()), stored.tokenHash);
        assertNull(stored.endedAt);
        assertNotNull(stored.csrfToken);
        assertEquals(stored.csrfToken, console.csrfToken(), "the form token is the one the session holds");
    }

    private static List<ConsoleSession> sessionsOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> ConsoleSession.<ConsoleSession>list(
                "userId = ?1 order by createdAt", userId));
    }

    private static long audited(String actor, AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2", actor,
                action));
    }
}
