package org.vipcare.complaint.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintEvent;
import org.vipcare.complaint.ComplaintStatus;
import org.vipcare.console.ConsoleLanguage;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
public class ComplaintAdminResourceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Records a complaint through the console form and answers its id. */
    public static UUID record(ConsoleSession console, UUID customerId, String summary, Instant receivedAt) {
        Response created = console.form()
                .formParam("customerId", customerId.toString())
                .formParam("receivedAt", LOCAL.format(receivedAt.atZone(ZONE)))
                .formParam("channel", "PHONE")
                .formParam("category", "BILLING")
                .formParam("summary", summary)
                .formParam("demand", "A refund")
                .post("/admin/complaints");
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        assertTrue(location.contains("/admin/complaints/") && location.contains("notice=created"), location);
        return UUID.fromString(location.replaceAll(".*/admin/complaints/([0-9a-f-]{36}).*", "$1"));
    }

    static Complaint complaint(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint>findById(id));
    }

    @Test
    void listShowsANewComplaintWithItsBadge() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String summary = TestData.unique("Billed twice");
        UUID id = record(console, customer, summary, Instant.now().minus(Duration.ofDays(5)));

        console.request().queryParam("ownerId", agent.id().toString()).get("/admin/complaints")
                .then().statusCode(200)
                .body(containsString(summary), containsString("/admin/complaints/" + id),
                        containsString("badge sla sla-breached"), containsString("overdue by"),
                        containsString("Received"));
    }

    @Test
    void detailOffersOnlyTheMovesAllowedNowAndTheRecordForm() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String summary = TestData.unique("Rude staff");
        UUID id = record(console, customer, summary, Instant.now().minus(Duration.ofMinutes(10)));

        console.request().get("/admin/complaints/" + id)
                .then().statusCode(200)
                .body(containsString(summary), containsString("A refund"), containsString("due in"),
                        containsString("action=\"/admin/complaints/" + id + "/contact\""),
                        containsString("action=\"/admin/complaints/" + id + "/handover\""),
                        not(containsString("action=\"/admin/complaints/" + id + "/close\"")),
                        not(containsString("action=\"/admin/complaints/" + id + "/resolve\"")),
                        not(containsString("action=\"/admin/complaints/" + id + "/reopen\"")));

        console.request().queryParam("customerId", customer.toString()).get("/admin/complaints/new")
                .then().statusCode(200)
                .body(containsString("name=\"summary\""), containsString("name=\"customerId\" value=\"" + customer + "\""));
    }

    @Test
    void aMoveChangesTheComplaintAndAnIllegalOneChangesNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = record(console, customer, TestData.unique("Late repair"),
                Instant.now().minus(Duration.ofMinutes(30)));
        long version = complaint(id).version;

        console.form().post("/admin/complaints/" + id + "/close")
                .then().statusCode(409)
                .body(containsString("This step was refused"),
                        containsString("This complaint is Received; it cannot become Closed."),
                        containsString("action=\"/admin/complaints/" + id + "/contact\""));
        Complaint unchanged = complaint(id);
        assertEquals(ComplaintStatus.RECEIVED, unchanged.status);
        assertEquals(version, unchanged.version);

        console.form().formParam("note", "Called back, apologised")
                .post("/admin/complaints/" + id + "/contact")
                .then().statusCode(303).header("Location", containsString("/admin/complaints/" + id + "?notice=moved"));
        Complaint contacted = complaint(id);
        assertEquals(ComplaintStatus.CONTACTED, contacted.status);
        assertNotNull(contacted.contactedAt);
        long events = QuarkusTransaction.requiringNew().call(() -> ComplaintEvent.count("complaintId", id));
        assertEquals(2, events);

        console.request().queryParam("notice", "moved").get("/admin/complaints/" + id)
                .then().statusCode(200)
                .body(containsString("Called back, apologised"), containsString("Saved"),
                        containsString("action=\"/admin/complaints/" + id + "/progress\""),
                        not(containsString("action=\"/admin/complaints/" + id + "/contact\"")));
    }

    @Test
    void aMoveWithoutItsRequiredTextShowsTheFieldMessage() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = record(console, customer, TestData.unique("Noisy line"), Instant.now());
        console.form().post("/admin/complaints/" + id + "/contact").then().statusCode(303);

        console.form().formParam("note", " ").post("/admin/complaints/" + id + "/progress")
                .then().statusCode(400)
                .body(containsString("field-error"), containsString("Please fill this in"));
        assertEquals(ComplaintStatus.CONTACTED, complaint(id).status);
    }

    @Test
    void theRecordFormShowsFieldMessages() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.form()
                .formParam("customerId", "")
                .formParam("receivedAt", "yesterday")
                .formParam("channel", "PHONE")
                .formParam("category", "")
                .formParam("summary", "")
                .post("/admin/complaints")
                .then().statusCode(400)
                .body(allOf(containsString("id=\"e-receivedAt\""), containsString("must be a date and time"),
                        containsString("id=\"e-summary\""), containsString("id=\"e-customerId\""),
                        containsString("id=\"e-category\"")));

        console.request().header("Accept-Language", "zh-CN").cookie(ConsoleLanguage.COOKIE, "zh-CN")
                .get("/admin/complaints/new")
                .then().statusCode(200).body(containsString("抱怨记录单"));
    }

    @Test
    void theRecordFormNamesTheStaffConcerned() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Offended"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get("/admin/complaints/new").then().statusCode(200)
                .body(containsString("name=\"staffConcernedId\""),
                        containsString("<option value=\"" + colleague.id() + "\">" + colleague.displayName()));

        String created = console.form()
                .formParam("customerId", customer.toString())
                .formParam("channel", "VISIT")
                .formParam("category", "SERVICE_ATTITUDE")
                .formParam("summary", "The counter clerk shouted at the customer")
                .formParam("staffConcernedId", colleague.id().toString())
                .post("/admin/complaints").then().statusCode(303).extract().header("Location");
        UUID id = UUID.fromString(created.replaceAll(".*/admin/complaints/([0-9a-f-]{36}).*", "$1"));
        assertEquals(colleague.id(), complaint(id).staffConcernedId);
        assertEquals(agent.id(), complaint(id).firstReceiverId);
        console.request().get("/admin/complaints/" + id).then().statusCode(200)
                .body(containsString("Staff concerned</dt><dd>" + colleague.displayName() + "</dd>"));

        console.form()
                .formParam("customerId", customer.toString())
                .formParam("channel", "VISIT")
                .formParam("category", "SERVICE_ATTITUDE")
                .formParam("summary", "Nobody we know")
                .formParam("staffConcernedId", UUID.randomUUID().toString())
                .post("/admin/complaints").then().statusCode(400)
                .body(containsString("id=\"e-staffConcernedId\""), containsString("Choose a staff member"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(),
                TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        UUID id = record(console, customer, TestData.unique("No token"), Instant.now());

        console.request().contentType(ConsoleSession.FORM_UTF8).formParam("note", "sneaky")
                .post("/admin/complaints/" + id + "/contact")
                .then().statusCode(403);
        assertEquals(ComplaintStatus.RECEIVED, complaint(id).status);
    }

    @Test
    void anotherAgentsComplaintOffersNoMoves() {
        TestUser owner = TestData.newConsoleUser(Role.AGENT);
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), owner.id(),
                TestData.mobile());
        UUID id = record(ConsoleSession.login(owner.username(), TestData.PASSWORD), customer,
                TestData.unique("Handed"), Instant.now());
        ConsoleSession boss = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        boss.form().formParam("toUserId", supervisor.id().toString()).formParam("note", "I take it")
                .post("/admin/complaints/" + id + "/handover")
                .then().statusCode(303);
        assertEquals(supervisor.id(), complaint(id).ownerId);
        AuditEntry audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "action = ?1 and customerId = ?2", AuditAction.COMPLAINT_HANDOVER, customer).singleResult());
        assertEquals(supervisor.username(), audited.actor);
        assertEquals("POST /admin/complaints/" + id + "/handover", audited.endpoint);
        assertTrue(audited.detail.endsWith(" to " + supervisor.username() + ": I take it"), audited.detail);

        ConsoleSession.login(owner.username(), TestData.PASSWORD).request().get("/admin/complaints/" + id)
                .then().statusCode(200)
                .body(containsString("Only the owner, a supervisor"), containsString("I take it"),
                        not(containsString("action=\"/admin/complaints/" + id + "/contact\"")));
    }
}
