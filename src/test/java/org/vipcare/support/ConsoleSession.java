package org.vipcare.support;

import org.vipcare.console.CsrfFilter;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A browser-like console session for RestAssured: the session cookie from form login and the CSRF token. */
public record ConsoleSession(String sessionCookie, String csrfToken) {

    /** What a browser sends from a UTF-8 page; RestAssured would otherwise declare ISO-8859-1. */
    public static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";

    public static ConsoleSession login(String username, String password) {
        Response login = given().redirects().follow(false)
                .contentType(FORM_UTF8)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        assertTrue(login.statusCode() == 302 || login.statusCode() == 303,
                "login answered " + login.statusCode() + " " + login.header("Location"));
        String session = login.getCookie("vipcare-session");
        assertNotNull(session, "form login sets the session cookie");
        Response page = given().redirects().follow(false).cookie("vipcare-session", session)
                .get("/admin/customers");
        String csrf = page.getCookie(CsrfFilter.COOKIE);
        assertNotNull(csrf, "a console page hands out the CSRF cookie");
        return new ConsoleSession(session, csrf);
    }

    /** A request carrying the session and CSRF cookies, in English unless it says otherwise, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).header("Accept-Language", "en")
                .cookie("vipcare-session", sessionCookie).cookie(CsrfFilter.COOKIE, csrfToken);
    }

    /** A form post with the CSRF token, as a console page would send it. */
    public RequestSpecification form() {
        return request().contentType(FORM_UTF8).formParam(CsrfFilter.FIELD, csrfToken);
    }
}
