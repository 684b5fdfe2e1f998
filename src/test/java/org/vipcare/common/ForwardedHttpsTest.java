package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * Production behind a TLS-terminating ingress that the service trusts: a request the browser made over HTTPS gets
 * HSTS, though it reaches the service as plain HTTP; cookies are Secure in any case (vipcare.secure-cookies on, as in
 * the prod profile). {@link SecurityHeadersTest} covers plain HTTP with the setting off.
 */
@QuarkusTest
@TestProfile(ForwardedHttpsTest.TlsAtTheIngress.class)
class ForwardedHttpsTest {

    public static class TlsAtTheIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]",
                    "vipcare.secure-cookies", "true");
        }
    }

    @Test
    void httpsAtTheProxyMeansHstsAndSecureCookies() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        Response login = login(agent, "https");
        assertEquals(302, login.statusCode());
        assertTrue(login.getDetailedCookie(ConsoleSessions.COOKIE).isSecured());
        assertTrue(login.getDetailedCookie(ConsoleSession.FORM_COOKIE).isSecured());
        assertEquals(SecurityHeaders.HSTS, login.header("Strict-Transport-Security"));

        given().header("X-Forwarded-Proto", "https").get("/admin/login").then().statusCode(200)
                .header("Strict-Transport-Security", SecurityHeaders.HSTS);
        given().header("X-Forwarded-Proto", "https").get("/api/v1/customers").then().statusCode(401)
                .header("Strict-Transport-Security", SecurityHeaders.HSTS);
    }

    /** Without the proxy's word the request is plain HTTP: no HSTS, but production's cookies stay Secure. */
    @Test
    void plainHttpGetsNoHstsButSecureCookies() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        Response login = login(agent, null);
        assertEquals(302, login.statusCode());
        assertEquals(null, login.header("Strict-Transport-Security"));
        assertTrue(login.getDetailedCookie(ConsoleSessions.COOKIE).isSecured());
        assertTrue(login.getDetailedCookie(ConsoleSession.FORM_COOKIE).isSecured());
        given().get("/admin/login").then().statusCode(200).header("Strict-Transport-Security", nullValue());
        given().redirects().follow(false).get("/admin/login?lang=zh-CN").then().statusCode(303)
                .cookie("vipcare-lang", io.restassured.matcher.RestAssuredMatchers.detailedCookie().secured(true));
    }

    private static Response login(TestUser user, String forwardedProto) {
        var request = given().redirects().follow(false).contentType(ConsoleSession.FORM_UTF8)
                .formParam("j_username", user.username()).formParam("j_password", TestData.PASSWORD);
        if (forwardedProto != null) {
            request = request.header("X-Forwarded-Proto", forwardedProto);
        }
        return request.post("/j_security_check");
    }
}
