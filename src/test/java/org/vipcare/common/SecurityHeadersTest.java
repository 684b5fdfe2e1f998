package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The security headers on console pages (signed in or not, redirects, errors), on the console's static files and on
 * API responses; and the templates that make the console's strict Content-Security-Policy possible. Plain HTTP here:
 * no HSTS, no Secure cookies (the test profile turns vipcare.secure-cookies off); {@link ForwardedHttpsTest} covers
 * HTTPS behind a proxy.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void consolePagesForbidScriptsFromElsewhereFramingAndStorage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        consolePage(given().get("/admin/login").then().statusCode(200));
        consolePage(console.request().get("/admin/customers").then().statusCode(200));
        consolePage(console.request().get("/admin/customers/" + UUID.randomUUID()).then().statusCode(404));
        // the login redirect of someone not signed in, and a refused form post
        consolePage(given().redirects().follow(false).get("/admin/customers").then().statusCode(302));
        consolePage(console.request().contentType(ConsoleSession.FORM_UTF8).post("/admin/logout")
                .then().statusCode(403));
        consolePage(given().redirects().follow(false).contentType(ConsoleSession.FORM_UTF8)
                .formParam("j_username", agent.username()).formParam("j_password", "wrong")
                .post("/j_security_check").then().statusCode(302));
    }

    @Test
    void theConsolesOwnStylesMayBeCached() {
        given().get("/admin/css/console.css").then().statusCode(200)
                .header("Cache-Control", not(containsString("no-store")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SecurityHeaders.CONSOLE_POLICY);
    }

    @Test
    void apiResponsesAllowNothingToRenderAndKeepTheirCachingRules() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String id = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Headers")));

        api(supervisor.request().get("/api/v1/customers").then().statusCode(200))
                .header("Cache-Control", ConditionalReads.DO_NOT_STORE);
        api(supervisor.request().get("/api/v1/customers/" + id).then().statusCode(200))
                .header("Cache-Control", ConditionalReads.REVALIDATE);
        api(supervisor.request().body(TestData.customerBody(TestData.unique("Headers")))
                .post("/api/v1/customers").then().statusCode(201));
        api(given().get("/api/v1/customers").then().statusCode(401));
    }

    @Test
    void plainHttpGetsNeitherHstsNorSecureCookiesInTheTestProfile() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        Response login = given().redirects().follow(false).contentType(ConsoleSession.FORM_UTF8)
                .formParam("j_username", agent.username()).formParam("j_password", TestData.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertFalse(login.getDetailedCookie(ConsoleSessions.COOKIE).isSecured());
        assertTrue(login.getDetailedCookie(ConsoleSessions.COOKIE).isHttpOnly());
        assertEquals("Strict", login.getDetailedCookie(ConsoleSessions.COOKIE).getSameSite());
        assertEquals(null, login.header("Strict-Transport-Security"));
    }

    /** Production has no override: the mapping's default, Secure cookies always, applies. */
    @Test
    void productionMarksCookiesSecureEvenOnPlainHttp() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        assertFalse(Pattern.compile("(?m)^(%prod\\.)?vipcare\\.secure-cookies=").matcher(properties).find());
        assertTrue(properties.contains("%test.vipcare.secure-cookies=false"));
    }

    /** The policy allows no inline script or style: no template may need one. */
    @Test
    void templatesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|<style|javascript:",
                Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = inline.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static ValidatableResponse consolePage(ValidatableResponse response) {
        return everywhere(response)
                .header("Content-Security-Policy", SecurityHeaders.CONSOLE_POLICY)
                .header("Cache-Control", "no-store");
    }

    private static ValidatableResponse api(ValidatableResponse response) {
        return everywhere(response).header("Content-Security-Policy", SecurityHeaders.API_POLICY);
    }

    private static ValidatableResponse everywhere(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin")
                .header("Strict-Transport-Security", nullValue());
    }
}
