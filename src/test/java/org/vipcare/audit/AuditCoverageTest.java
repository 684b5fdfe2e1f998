package org.vipcare.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** What the audit trail must hold besides unmasked reads: exports, account changes, refused sign-ins. */
@QuarkusTest
class AuditCoverageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static io.restassured.response.ValidatableResponse entries(String actor, String action) {
        return TestData.admin().request().queryParam("actor", actor).queryParam("action", action)
                .get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void complaintReportCsvDownloadsAreAuditedAsExports() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        supervisor.request().queryParam("period", "MONTH").queryParam("date", "2026-11-23").queryParam("format", "csv")
                .get("/api/v1/complaints/reports").then().statusCode(200).contentType(startsWith("text/csv"));
        // The JSON report is a screen, not a file that leaves: not audited.
        supervisor.request().queryParam("period", "WEEK").get("/api/v1/complaints/reports").then().statusCode(200);
        entries(supervisor.username(), "EXPORT")
                .body("total", is(1), "items[0].endpoint", equalTo("GET /api/v1/complaints/reports"),
                        "items[0].detail", equalTo("complaint report CSV, MONTH of 2026-11-23"));

        TestData.TestUser console = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession.login(console.username(), TestData.PASSWORD).request()
                .queryParam("period", "YEAR").queryParam("date", "2026-01-01").get("/admin/reports/csv")
                .then().statusCode(200);
        entries(console.username(), "EXPORT")
                .body("total", is(1), "items[0].endpoint", equalTo("GET /admin/reports/csv"));
    }

    @Test
    void customerExportsStayAudited() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        supervisor.request().accept("text/csv").get("/api/v1/customers/export").then().statusCode(200);
        entries(supervisor.username(), "EXPORT").body("total", is(1));
    }

    @Test
    void disablingEnablingAndNewPasswordsAreAudited() {
        Caller admin = TestData.admin();
        TestData.TestUser agent = TestData.newConsoleUser(Role.AGENT);
        Map<String, Object> disable = Map.of("displayName", agent.displayName(), "roles", List.of("AGENT"),
                "enabled", false);
        admin.request().header("If-Match", "\"0\"").body(disable).put("/api/v1/users/" + agent.id())
                .then().statusCode(200);
        Map<String, Object> enableWithPassword = Map.of("displayName", agent.displayName(), "roles",
                List.of("AGENT"), "enabled", true, "password", "a-new-long-password");
        admin.request().header("If-Match", "\"1\"").body(enableWithPassword).put("/api/v1/users/" + agent.id())
                .then().statusCode(200);

        for (String action : List.of("USER_DISABLED", "USER_ENABLED", "PASSWORD_CHANGED")) {
            String detail = action.equals("PASSWORD_CHANGED") ? agent.username() + ": set by an admin"
                    : agent.username();
            entries(admin.username(), action).body("items.detail", hasItem(detail),
                    "items.endpoint", hasItem("PUT /api/v1/users/" + agent.id()));
        }
        // A change of display name alone is none of these.
        admin.request().header("If-Match", "\"2\"").body(Map.of("displayName", "Renamed", "roles", List.of("AGENT"),
                "enabled", true)).put("/api/v1/users/" + agent.id()).then().statusCode(200);
        entries(admin.username(), "PASSWORD_CHANGED").body("items.findAll { it.detail == '" + agent.username()
                + ": set by an admin' }.size()", is(1));
    }

    @Test
    void anIntegrationClientRefusedAtTheConsoleIsNotAuditedAsALogin() {
        TestData.TestUser integration = TestData.newConsoleUser(Role.INTEGRATION);
        given().redirects().follow(false).contentType(ConsoleSession.FORM_UTF8)
                .formParam("j_username", integration.username()).formParam("j_password", TestData.PASSWORD)
                .post("/j_security_check").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/login?error=true"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        entries(integration.username(), "LOGIN").body("total", is(0));
        entries(integration.username(), "LOGIN_REFUSED").body("total", is(1),
                "items[0].endpoint", equalTo("POST /j_security_check"));
        // Its API sign-in is a LOGIN as before.
        TestData.token(integration.username(), TestData.PASSWORD);
        entries(integration.username(), null).body("items.action", not(hasItem("LOGIN_FAILED")))
                .body("items.action", hasItem("LOGIN"));
    }
}
