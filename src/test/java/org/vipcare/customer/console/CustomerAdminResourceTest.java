package org.vipcare.customer.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.console.ConsoleLanguage;
import org.vipcare.customer.Customer;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
class CustomerAdminResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unauthenticatedConsoleRedirectsToLogin() {
        given().redirects().follow(false)
                .get("/admin/customers")
                .then().statusCode(anyOf(is(302), is(303)))
                .header("Location", containsString("/admin/login"));
    }

    @Test
    void loginPageIsPublicAndReportsAFailedAttempt() {
        given().header("Accept-Language", "en").get("/admin/login?error=true")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("name=\"j_username\""), containsString("action=\"/j_security_check\""),
                        containsString("Sign-in failed"));
    }

    @Test
    void loginSetsTheSessionCookieAndAnAgentLandsOnMyDay() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        Response login = given().redirects().follow(false)
                .contentType(ConsoleSession.FORM_UTF8)
                .formParam("j_username", agent.username()).formParam("j_password", TestData.PASSWORD)
                .post("/j_security_check");
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303);
        String session = login.getCookie("vipcare-session");
        String sessionId = login.getCookie(ConsoleSessions.COOKIE);
        assertTrue(session != null && !session.isBlank());
        assertTrue(sessionId != null && !sessionId.isBlank());

        given().redirects().follow(false).cookie("vipcare-session", session).cookie(ConsoleSessions.COOKIE, sessionId)
                .get("/admin")
                .then().statusCode(303).header("Location", containsString("/admin/my-day"));
        given().redirects().follow(false).cookie("vipcare-session", session).cookie(ConsoleSessions.COOKIE, sessionId)
                .header("Accept-Language", "en")
                .get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(agent.displayName()), containsString("Account manager"),
                        containsString("action=\"/admin/logout\""));
    }

    @Test
    void listShowsACustomerICreated() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        String name = TestData.unique("Listed Customer");
        String mobile = TestData.mobile();
        TestData.newCustomer(name, supervisor.id(), mobile);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        console.request().queryParam("q", name).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(name), containsString(mobile), containsString("Ordinary"));
    }

    @Test
    void agentSeesAnotherAgentsCustomerPhoneMasked() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Masked Customer");
        UUID id = TestData.newCustomer(name, owner.id(), "13812341234");

        ConsoleSession console = ConsoleSession.login(colleague.username(), TestData.PASSWORD);
        console.request().queryParam("q", name).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(name), containsString("138****1234"), not(containsString("13812341234")));
        console.request().get("/admin/customers/" + id)
                .then().statusCode(200)
                .body(containsString("138****1234"), not(containsString("13812341234")),
                        not(containsString("/admin/customers/" + id + "/edit")));

        ConsoleSession.login(owner.username(), TestData.PASSWORD).request().get("/admin/customers/" + id)
                .then().statusCode(200)
                .body(containsString("13812341234"), containsString("/admin/customers/" + id + "/edit"));
    }

    @Test
    void formPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String name = TestData.unique("Forged Customer");

        console.request().contentType(ConsoleSession.FORM_UTF8)
                .formParam("name", name).formParam("type", "INDIVIDUAL")
                .formParam("phones.mobile", TestData.mobile())
                .post("/admin/customers")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("did not come from this console"));
        console.request().contentType(ConsoleSession.FORM_UTF8)
                .formParam("_csrf", "not-the-token").formParam("name", name).formParam("type", "INDIVIDUAL")
                .formParam("phones.mobile", TestData.mobile())
                .post("/admin/customers")
                .then().statusCode(403);
        assertEquals(0, TestData.customersNamed(name));

        UUID id = TestData.newCustomer(TestData.unique("Kept Customer"), agent.id(),
                TestData.mobile());
        String before = TestData.customer(id).name;
        console.request().contentType(ConsoleSession.FORM_UTF8)
                .formParam("name", "Renamed by a forgery").formParam("type", "INDIVIDUAL").formParam("version", "0")
                .post("/admin/customers/" + id)
                .then().statusCode(403);
        assertEquals(before, TestData.customer(id).name);
    }

    @Test
    void createWithABlankNameShowsTheFieldMessageAndCreatesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String mobile = TestData.mobile();

        String page = console.form()
                .formParam("name", "  ").formParam("type", "INDIVIDUAL").formParam("phones.mobile", mobile)
                .formParam("birthday", "not-a-date")
                .post("/admin/customers")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Some fields need attention"))
                .extract().asString();
        assertTrue(page.matches("(?s).*<div class=\"field invalid\">\\s*<label for=\"f-name\">.*"
                + "<p class=\"field-error\" id=\"e-name\">Please fill this in</p>.*"), page);
        assertTrue(page.contains("id=\"e-birthday\">must be a date such as 2024-05-31"), page);
        assertTrue(page.contains("value=\"" + mobile + "\""), "the typed values come back");
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Customer.count("phoneMobile", mobile)));
    }

    @Test
    void createSavesAndRedirectsToTheNewCustomer() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String name = TestData.unique("Created Customer");

        String location = console.form()
                .formParam("name", name).formParam("type", "INDIVIDUAL")
                .formParam("phones.mobile", TestData.mobile()).formParam("joinedAt", "2024-01-15")
                .formParam("preferredContactWindow.from", "09:00").formParam("preferredContactWindow.to", "18:00")
                .post("/admin/customers")
                .then().statusCode(303)
                .header("Location", containsString("/admin/customers/"))
                .extract().header("Location");
        assertEquals(1, TestData.customersNamed(name));

        console.request().get(location)
                .then().statusCode(200)
                .body(containsString(name), containsString("Customer created."), containsString("09:00 – 18:00"),
                        containsString(agent.displayName()));
    }

    @Test
    void staleEditShowsTheStaleMessageAndKeepsTheOtherChange() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID id = TestData.newCustomer(TestData.unique("Edited Customer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get("/admin/customers/" + id + "/edit")
                .then().statusCode(200).body(containsString("name=\"version\" value=\"0\""));

        String colleaguesName = TestData.unique("Colleague's Name");
        TestData.renameDirectly(id, colleaguesName);
        Customer before = TestData.customer(id);

        console.form()
                .formParam("version", "0").formParam("name", "My Late Name").formParam("type", "INDIVIDUAL")
                .formParam("phones.mobile", before.phoneMobile)
                .post("/admin/customers/" + id)
                .then().statusCode(409)
                .body(containsString("Someone else changed this customer while you were editing"),
                        containsString("/admin/customers/" + id + "/edit"));

        Customer after = TestData.customer(id);
        assertEquals(colleaguesName, after.name);
        assertEquals(before.version, after.version);
    }

    @Test
    void editWithTheCurrentVersionSaves() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID id = TestData.newCustomer(TestData.unique("To Rename"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        Customer before = TestData.customer(id);
        String newName = TestData.unique("Renamed");

        console.form()
                .formParam("version", Long.toString(before.version)).formParam("name", newName)
                .formParam("type", "INDIVIDUAL").formParam("phones.mobile", before.phoneMobile)
                .formParam("joinedAt", before.joinedAt.toString())
                .post("/admin/customers/" + id)
                .then().statusCode(303)
                .header("Location", containsString("/admin/customers/" + id + "?notice=saved"));
        assertEquals(newName, TestData.customer(id).name);
    }

    @Test
    void agentCannotOpenTheEditFormOfAnotherAgentsCustomer() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser other = TestData.newConsoleUser(Role.AGENT);
        UUID id = TestData.newCustomer(TestData.unique("Not Yours"), owner.id(),
                TestData.mobile());

        ConsoleSession.login(other.username(), TestData.PASSWORD).request()
                .get("/admin/customers/" + id + "/edit")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(not(containsString("problem")), containsString("managed by someone else"));
    }

    @Test
    void unknownCustomerGetsTheHtmlErrorPage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession.login(agent.username(), TestData.PASSWORD).request()
                .get("/admin/customers/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"), containsString("Back to the console"));
    }

    @Test
    void pagesSpeakTheUsersLanguageAndTheSwitchOverridesIt() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get("/admin/customers")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("新建客户"),
                        containsString("客户经理"));

        String cookie = console.request().get("/admin/customers?tier=GOLD&lang=en")
                .then().statusCode(303)
                .header("Location", startsWith("http"))
                .header("Location", containsString("/admin/customers?tier=GOLD"))
                .header("Location", not(containsString("lang=")))
                .extract().cookie(ConsoleLanguage.COOKIE);
        assertEquals("en", cookie);
        console.request().cookie(ConsoleLanguage.COOKIE, cookie).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("New customer"));
    }

    @Test
    void formMessagesFollowTheConsoleLanguageNotTheBrowsers() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT, "zh-CN");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.form().header("Accept-Language", "en")
                .formParam("name", "").formParam("type", "INDIVIDUAL").formParam("joinedAt", "yesterday")
                .post("/admin/customers")
                .then().statusCode(400)
                .body(containsString("id=\"e-name\">请填写此项</p>"),
                        containsString("id=\"e-joinedAt\">应为日期,例如 2024-05-31</p>"));
    }

    @Test
    void loginPageFollowsTheBrowserLanguage() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").get("/admin/login")
                .then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"), containsString("用户名"));
    }

    @Test
    void signOutDropsTheSession() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        Response out = console.form().post("/admin/logout");
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/admin/login"));
        assertEquals("", out.getDetailedCookie("vipcare-session").getValue());
        assertTrue(out.getDetailedCookie("vipcare-session").getMaxAge() <= 0);
        assertEquals("", out.getDetailedCookie(ConsoleSessions.COOKIE).getValue());
        assertTrue(out.getDetailedCookie(ConsoleSessions.COOKIE).getMaxAge() <= 0);
    }
}
