package org.vipcare.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The CSRF token is the one the server issued to this session: a token the attacker chose (in a cookie and the form,
 * which the double-submit check of old accepted), a token issued to another session of the same user, or none, is
 * refused on every console POST, and nothing changes.
 */
@QuarkusTest
class CsrfTest {

    private static final String CHOSEN = "attacker-chosen-token-0123456789abcdefghijkl";

    @Test
    void onlyTheTokenIssuedToThisSessionPassesOnEveryConsolePost() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String name = TestData.unique("Csrf Kept");
        UUID customer = TestData.newCustomer(name, supervisor.id(), TestData.mobile());
        UUID complaint = UUID.fromString(ComplaintData.createComplaint(supervisor, customer.toString(), Map.of()));
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        ConsoleSession otherBrowser = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        assertNotEquals(console.csrfToken(), otherBrowser.csrfToken(), "each session has its own token");

        String created = TestData.unique("Csrf Forged");
        Map<String, Function<RequestSpecification, RequestSpecification>> posts = Map.of(
                "/admin/customers", form -> form.formParam("name", created).formParam("type", "INDIVIDUAL")
                        .formParam("phones.mobile", TestData.mobile()),
                "/admin/customers/" + customer, form -> form.formParam("name", "Renamed by a forgery")
                        .formParam("type", "INDIVIDUAL").formParam("version", "0"),
                "/admin/complaints/" + complaint + "/contact", form -> form.formParam("note", "forged"),
                "/admin/calendar/days", form -> form.formParam("date", "2041-03-04").formParam("kind", "HOLIDAY")
                        .formParam("name", "Forged holiday"),
                "/admin/tiers/evaluations", form -> form,
                "/admin/logout", form -> form);

        for (var post : posts.entrySet()) {
            List<RequestSpecification> forgeries = List.of(
                    // the attack that worked before: the same chosen value as cookie and field
                    console.request().cookie("vipcare-csrf", CHOSEN).contentType(ConsoleSession.FORM_UTF8)
                            .formParam(CsrfFilter.FIELD, CHOSEN),
                    // a real token, but issued to another session
                    console.request().contentType(ConsoleSession.FORM_UTF8)
                            .formParam(CsrfFilter.FIELD, otherBrowser.csrfToken()),
                    // no token at all
                    console.request().contentType(ConsoleSession.FORM_UTF8));
            for (RequestSpecification forged : forgeries) {
                post.getValue().apply(forged).post(post.getKey())
                        .then().statusCode(403).contentType(containsString("text/html"))
                        .body(containsString("did not come from this console"));
            }
        }

        assertEquals(0, TestData.customersNamed(created));
        assertEquals(name, TestData.customer(customer).name);
        assertEquals(ComplaintStatus.RECEIVED, QuarkusTransaction.requiringNew()
                .call(() -> Complaint.<Complaint>findById(complaint)).status);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) Complaint.getEntityManager()
                .createNativeQuery("select count(*) from calendar_day where name = 'Forged holiday'")
                .getSingleResult()).longValue()));
        // the refused logouts ended nothing; the issued token signs out
        console.request().get("/admin/customers").then().statusCode(200);
        console.form().post("/admin/logout").then().statusCode(303);
        otherBrowser.request().get("/admin/customers").then().statusCode(200);
    }

    /** After a new login the old session's token is void with its session, and the new page carries a new one. */
    @Test
    void aTokenDiesWithItsSession() {
        Caller agent = TestData.newUser(Role.AGENT);
        ConsoleSession before = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        before.form().post("/admin/logout").then().statusCode(303);
        ConsoleSession after = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        assertNotEquals(before.csrfToken(), after.csrfToken());

        String name = TestData.unique("Csrf Old Token");
        after.request().contentType(ConsoleSession.FORM_UTF8).formParam(CsrfFilter.FIELD, before.csrfToken())
                .formParam("name", name).formParam("type", "INDIVIDUAL").formParam("phones.mobile", TestData.mobile())
                .post("/admin/customers").then().statusCode(403);
        assertEquals(0, TestData.customersNamed(name));
        // no cookie carries the token any more
        given().redirects().follow(false).cookie("vipcare-session", after.sessionCookie())
                .cookie(ConsoleSessions.COOKIE, after.sessionIdCookie()).get("/admin/customers")
                .then().statusCode(200).header("Set-Cookie", nullValue());
    }
}
