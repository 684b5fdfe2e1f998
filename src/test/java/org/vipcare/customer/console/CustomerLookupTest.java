package org.vipcare.customer.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.complaint.Complaint;
import org.vipcare.retention.RetentionCase;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

/**
 * The console's customer lookup: the suggestions fragment of the search boxes, the caller box's landing, and the
 * customer field of the complaint and retention forms, with and without script. Phones follow the list's rules: a
 * caller who sees them masked finds a customer by the complete number only, and that search is audited.
 */
@QuarkusTest
class CustomerLookupTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void suggestionsFindCustomersByAPieceOfTheirName() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String family = TestData.unique("Lookup Family");
        UUID first = TestData.newCustomer(family + " 王芳", agent.id(), TestData.mobile());
        UUID second = TestData.newCustomer(family + " 李娜", null, TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().queryParam("q", family.substring(7)).get("/admin/customers/suggestions")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("role=\"listbox\""), containsString("role=\"option\""),
                        containsString("data-id=\"" + first + "\""), containsString("data-id=\"" + second + "\""),
                        containsString("data-label=\"" + family + " 王芳\""), containsString("2 customers found"),
                        not(containsString("<html"))));
    }

    @Test
    void anOwnCustomerIsFoundByAPieceOfItsNumberAnOtherOnlyByTheWholeNumberWhichIsAudited() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Phoned");
        String mobile = TestData.mobile();
        UUID customer = TestData.newCustomer(name, owner.id(), mobile);
        String piece = mobile.substring(3, 10);
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);

        ConsoleSession mine = ConsoleSession.login(owner.username(), TestData.PASSWORD);
        mine.request().queryParam("q", piece).get("/admin/customers/suggestions")
                .then().statusCode(200)
                .body(allOf(containsString("data-id=\"" + customer + "\""), containsString(mobile)));
        // written as people write it: separators are dropped
        String written = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + "-" + mobile.substring(7);
        mine.request().queryParam("q", written).get("/admin/customers/suggestions")
                .then().statusCode(200).body(containsString("data-id=\"" + customer + "\""));

        ConsoleSession theirs = ConsoleSession.login(colleague.username(), TestData.PASSWORD);
        theirs.request().queryParam("q", piece).get("/admin/customers/suggestions")
                .then().statusCode(200).body(not(containsString(customer.toString())));
        theirs.request().queryParam("q", mobile.substring(0, 10)).get("/admin/customers/lookup")
                .then().statusCode(200).body(allOf(not(containsString(customer.toString())),
                        containsString("found by their full phone number only")));
        assertEquals(0, audited(colleague, AuditAction.SEARCH_BY_PHONE, customer));

        theirs.request().queryParam("q", mobile).get("/admin/customers/suggestions")
                .then().statusCode(200)
                .body(allOf(containsString("data-id=\"" + customer + "\""), containsString(masked),
                        not(containsString(mobile))));
        assertEquals(1, audited(colleague, AuditAction.SEARCH_BY_PHONE, customer));
        assertEquals(0, audited(colleague, AuditAction.READ_UNMASKED, customer));
    }

    @Test
    void anExternalReferenceFindsItsCustomer() {
        TestData.Caller admin = TestData.admin();
        String ref = TestData.unique("REF");
        String customer = TestData.createCustomer(admin, TestData.customerBody(TestData.unique("Referenced"),
                Map.of("externalRef", ref)));
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().queryParam("q", ref.toLowerCase()).get("/admin/customers/suggestions")
                .then().statusCode(200)
                .body(allOf(containsString("data-id=\"" + customer + "\""), containsString(ref),
                        containsString("1 customer found")));
    }

    @Test
    void nothingFoundBlankAndOverlongTextAreAnsweredPlainly() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String nobody = TestData.unique("Nobody");

        console.request().queryParam("q", nobody).get("/admin/customers/suggestions")
                .then().statusCode(200)
                .body(allOf(not(containsString("role=\"option\"")), containsString("No customer matches")));
        console.request().header("Accept-Language", "zh-CN").cookie("vipcare-lang", "zh-CN")
                .queryParam("q", nobody).get("/admin/customers/suggestions")
                .then().statusCode(200).body(containsString("没有与“" + nobody + "”匹配的客户"));
        console.request().queryParam("q", "  ").get("/admin/customers/suggestions")
                .then().statusCode(200).body(not(containsString("role=\"option\"")));
        console.request().queryParam("q", "x".repeat(CustomerPicker.MAX_LENGTH + 1))
                .get("/admin/customers/suggestions")
                .then().statusCode(400).body(containsString("Type at most 100 characters"));
        console.request().queryParam("q", "x".repeat(CustomerPicker.MAX_LENGTH + 1)).get("/admin/customers/lookup")
                .then().statusCode(400).body(allOf(containsString("Type at most 100 characters"),
                        containsString("aria-invalid=\"true\"")));
        console.request().queryParam("q", nobody).get("/admin/customers/lookup")
                .then().statusCode(200).body(allOf(containsString("No customer matches"),
                        containsString("href=\"/admin/customers/new\"")));
    }

    @Test
    void theCallerBoxLandsOnTheOnlyCustomerFoundAndListsSeveralWithWhatToDo() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String mobile = TestData.mobile();
        UUID caller = TestData.newCustomer(TestData.unique("Calling"), agent.id(), mobile);
        String family = TestData.unique("Twins");
        UUID one = TestData.newCustomer(family + " A", agent.id(), TestData.mobile());
        UUID two = TestData.newCustomer(family + " B", agent.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/customers")
                .then().statusCode(200).body(allOf(containsString("action=\"/admin/customers/lookup\""),
                        containsString("role=\"combobox\""), containsString("/admin/js/customer-picker.js")));
        console.request().queryParam("q", mobile).get("/admin/customers/lookup")
                .then().statusCode(303).header("Location", containsString("/admin/customers/" + caller));
        console.request().get("/admin/customers/" + caller)
                .then().statusCode(200).body(allOf(
                        containsString("href=\"/admin/complaints/new?customerId=" + caller + "\""),
                        containsString("href=\"/admin/follow-ups?customerId=" + caller + "\""),
                        containsString("href=\"/admin/retention/new?customerId=" + caller + "\"")));
        console.request().queryParam("q", family).get("/admin/customers/lookup")
                .then().statusCode(200).body(allOf(containsString("Several customers match"),
                        containsString("href=\"/admin/complaints/new?customerId=" + one + "\""),
                        containsString("href=\"/admin/follow-ups?customerId=" + two + "\""),
                        containsString("href=\"/admin/retention/new?customerId=" + two + "\"")));
        console.request().queryParam("customerId", caller.toString()).get("/admin/follow-ups")
                .then().statusCode(200).body(containsString("Calls with " + TestData.customer(caller).name));
    }

    @Test
    void theComplaintFormFindsTheCustomerWithoutScriptAndRecordsOnlyOnceOneIsPicked() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Picked");
        String mobile = TestData.mobile();
        UUID customer = TestData.newCustomer(name, null, mobile);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String summary = TestData.unique("Dropped calls");

        // opened from the customer's page: the field shows it, its id rides along
        console.request().queryParam("customerId", customer.toString()).get("/admin/complaints/new")
                .then().statusCode(200).body(allOf(containsString("value=\"" + name + "\""),
                        containsString("name=\"customerId\" value=\"" + customer + "\"")));

        // "Find": the matches to pick from, nothing recorded
        console.form().formParam("customerQuery", mobile).formParam("find", "customer")
                .formParam("channel", "PHONE").formParam("category", "NETWORK").formParam("summary", summary)
                .post("/admin/complaints")
                .then().statusCode(200).body(allOf(containsString("type=\"radio\" name=\"customerId\" value=\""
                        + customer + "\" checked"), containsString("name=\"customerSearched\" value=\"" + mobile
                        + "\""), not(containsString("id=\"e-customerId\""))));
        // sent with text but no customer picked: refused, the matches offered
        console.form().formParam("customerQuery", mobile)
                .formParam("channel", "PHONE").formParam("category", "NETWORK").formParam("summary", summary)
                .post("/admin/complaints")
                .then().statusCode(400).body(allOf(containsString("id=\"e-customerId\""),
                        containsString("Pick the customer from those found"),
                        containsString("value=\"" + customer + "\" checked")));
        // a forged id that names nobody and no text: refused
        console.form().formParam("customerId", UUID.randomUUID().toString())
                .formParam("channel", "PHONE").formParam("category", "NETWORK").formParam("summary", summary)
                .post("/admin/complaints")
                .then().statusCode(400).body(containsString("Choose the customer"));
        assertEquals(0, complaintsSummarised(summary));

        // the match picked (the box still shows the text searched): recorded for that customer
        console.form().formParam("customerQuery", mobile).formParam("customerSearched", mobile)
                .formParam("customerId", customer.toString())
                .formParam("channel", "PHONE").formParam("category", "NETWORK").formParam("summary", summary)
                .post("/admin/complaints")
                .then().statusCode(303).header("Location", containsString("notice=created"));
        assertEquals(1, complaintsSummarised(summary));
        assertEquals(customer, QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>find(
                "summary", summary).singleResult().customerId));
    }

    @Test
    void theRetentionFormFindsItsCustomerToo() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String name = TestData.unique("Leaving");
        UUID customer = TestData.newCustomer(name, agent.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/retention/new")
                .then().statusCode(200).body(allOf(containsString("name=\"customerQuery\""),
                        not(containsString("name=\"customerId\""))));
        console.form().formParam("customerQuery", TestData.unique("Nobody")).formParam("type", "SERVICE")
                .post("/admin/retention")
                .then().statusCode(400).body(containsString("No customer matches"));
        console.form().formParam("customerQuery", name).formParam("type", "SERVICE")
                .post("/admin/retention")
                .then().statusCode(400).body(containsString("value=\"" + customer + "\" checked"));
        assertEquals(0, cases(customer));

        // picked with script: the box shows the customer's label, its id is sent
        console.form().formParam("customerQuery", name).formParam("customerId", customer.toString())
                .formParam("type", "SERVICE").formParam("statedReason", "Moving abroad")
                .post("/admin/retention")
                .then().statusCode(303).header("Location", containsString("notice=opened"));
        assertEquals(1, cases(customer));
    }

    private static long audited(TestUser actor, AuditAction action, UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "actor = ?1 and action = ?2 and customerId = ?3", actor.username(), action, customer));
    }

    private static long complaintsSummarised(String summary) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count("summary", summary));
    }

    private static long cases(UUID customer) {
        return QuarkusTransaction.requiringNew().call(() -> RetentionCase.count("customerId", customer));
    }
}
