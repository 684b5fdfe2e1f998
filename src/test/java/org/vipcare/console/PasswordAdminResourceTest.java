package org.vipcare.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/** Finding 14 of issue 11: console users change their own password, with the rules told in their language. */
@QuarkusTest
class PasswordAdminResourceTest {

    private static final String NEW_PASSWORD = "Saffron-Canal-Piano-47";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aUserChangesItsPasswordAndSignsInAgain() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String apiToken = TestData.token(agent.username(), TestData.PASSWORD);
        ConsoleSession session = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        session.request().get("/admin/account/password").then().statusCode(200)
                .body(containsString("Change your password"), containsString("name=\"newPassword\""));

        session.form().formParam("currentPassword", "Not-The-Current-One-9").formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD).post("/admin/account/password")
                .then().statusCode(400).body(containsString("This is not your current password."));
        session.form().formParam("currentPassword", TestData.PASSWORD).formParam("newPassword", "password1234")
                .formParam("confirmPassword", "password1234").post("/admin/account/password")
                .then().statusCode(400).body(containsString("too common or too easy to guess"));
        session.form().formParam("currentPassword", TestData.PASSWORD).formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD + "x").post("/admin/account/password")
                .then().statusCode(400).body(containsString("The two new passwords differ."));

        session.form().formParam("currentPassword", TestData.PASSWORD).formParam("newPassword", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD).post("/admin/account/password")
                .then().statusCode(303).header("Location", endsWith("/admin/login?notice=password-changed"));
        RestAssured.given().header("Accept-Language", "en").get("/admin/login?notice=password-changed")
                .then().statusCode(200).body(containsString("Sign in with the new password."));
        RestAssured.given().auth().oauth2(apiToken).get("/api/v1/users/me").then().statusCode(401);
        ConsoleSession.login(agent.username(), NEW_PASSWORD).request().get("/admin/account/password")
                .then().statusCode(200);
    }

    @Test
    void theRulesAreToldInChinese() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        ConsoleSession session = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        session.form().header("Accept-Language", "zh-CN").formParam("currentPassword", TestData.PASSWORD)
                .formParam("newPassword", "short").formParam("confirmPassword", "short")
                .post("/admin/account/password")
                .then().statusCode(400).body(containsString("至少需要 12 个字符。"), not(containsString("Use at least")));
    }
}
