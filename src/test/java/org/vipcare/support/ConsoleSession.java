package org.vipcare.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vipcare.console.CsrfFilter;
import org.vipcare.security.ConsoleSessions;

/**
 * A browser-like console session for RestAssured: the two cookies of form login (Quarkus' encrypted form cookie and
 * the server-side session's token) and the CSRF token the server issued to the session, read from a rendered form.
 */
public record ConsoleSession(String sessionCookie, String sessionIdCookie, String csrfToken) {

    /** What a browser sends from a UTF-8 page; RestAssured would otherwise declare ISO-8859-1. */
    public static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";
    public static final String FORM_COOKIE = "vipcare-session";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"" + CsrfFilter.FIELD + "\" value=\"([^\"]+)\"");

    public static ConsoleSession login(String username, String password) {
        Response login = given().redirects().follow(false)
                .contentType(FORM_UTF8)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303,
                "login answered " + login.statusCode() + " " + login.header("Location"));
        String session = login.getCookie(FORM_COOKIE);
        String sessionId = login.getCookie(ConsoleSessions.COOKIE);
        assertNotNull(session, "form login sets the form cookie");
        assertNotNull(sessionId, "form login sets the session id cookie");
        String page = given().redirects().follow(false).cookie(FORM_COOKIE, session)
                .cookie(ConsoleSessions.COOKIE, sessionId).get("/admin/customers").asString();
        return new ConsoleSession(session, sessionId, csrfTokenIn(page));
    }

    /** The CSRF token a rendered console page puts into its forms (every page has one: sign-out). */
    public static String csrfTokenIn(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertTrue(field.find(), "a console page renders the CSRF field");
        return field.group(1);
    }

    /** A request carrying the session cookies, in English unless it says otherwise, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).header("Accept-Language", "en")
                .cookie(FORM_COOKIE, sessionCookie).cookie(ConsoleSessions.COOKIE, sessionIdCookie);
    }

    /** A form post with the CSRF token, as a console page would send it. */
    public RequestSpecification form() {
        return request().contentType(FORM_UTF8).formParam(CsrfFilter.FIELD, csrfToken);
    }
}
