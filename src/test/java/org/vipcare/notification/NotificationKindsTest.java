package org.vipcare.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.BreachDetector;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.visit.VisitDueScan;

/**
 * The kinds the scans and the customer moves write (FOLLOW_UP_OVERDUE, OPINION_DUE, CUSTOMER_MOVED, ESCALATION): each
 * once per event and person however often the scan runs, to the people docs/notifications.md names, read back through
 * the API in the reader's language. The scans take their "now" as an argument, so no clock needs pinning.
 */
@QuarkusTest
class NotificationKindsTest {

    @Inject
    CallDueScan calls;

    @Inject
    SlaWarningScan warnings;

    @Inject
    BreachDetector breaches;

    @Inject
    VisitDueScan visits;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static List<Notification> of(UUID recipient, NotificationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "recipientId = ?1 and kind = ?2 order by id", recipient, kind));
    }

    /** Runs the call scan until a round writes nothing (each round is bounded), then once more. */
    void scanCalls(Instant at) {
        for (int round = 0; round < 50 && calls.scan(at) > 0; round++) {
            // the next round takes the next batch
        }
        assertEquals(0, calls.scan(at), "a further round writes nothing");
    }

    void scanWarnings(Instant at) {
        for (int round = 0; round < 50 && warnings.scan(at) > 0; round++) {
            // the next round takes the next batch
        }
    }

    String overdueCall(Caller supervisor, Caller agent, String customer, Instant due) {
        return supervisor.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", due.toString(), "assigneeId", agent.id().toString()))
                .post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOverdueCallTellsItsAssigneeOncePerDueTime() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        String name = TestData.unique("Overdue");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name,
                Map.of("managerId", agent.id().toString())));
        Instant due = TestData.now().minus(Duration.ofMinutes(5));
        String call = overdueCall(supervisor, agent, customer, due);

        scanCalls(due.minusSeconds(1));
        assertTrue(of(agent.id(), NotificationKind.FOLLOW_UP_OVERDUE).isEmpty(), "not due yet");
        scanCalls(due.plusSeconds(20));
        scanCalls(due.plusSeconds(50));
        List<Notification> overdue = of(agent.id(), NotificationKind.FOLLOW_UP_OVERDUE);
        assertEquals(1, overdue.size());
        assertEquals(UUID.fromString(call), overdue.get(0).subjectId);
        assertEquals(NotificationSubject.FOLLOW_UP, overdue.get(0).subjectType);
        assertEquals(due.plusSeconds(20), overdue.get(0).createdAt, "within a scan period of the due time");
        assertTrue(of(supervisor.id(), NotificationKind.FOLLOW_UP_OVERDUE).stream()
                .noneMatch(n -> n.subjectId.toString().equals(call)), "the assignee only");

        // Nobody answered: the call is rescheduled, and when it is late again its assignee hears again.
        supervisor.request().body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/follow-ups/" + call + "/attempts")
                .then().statusCode(201);
        Instant rescheduled = Instant.parse(supervisor.request().get("/api/v1/follow-ups/" + call).then()
                .statusCode(200).extract().path("dueAt"));
        assertNotEquals(due, rescheduled);
        scanCalls(rescheduled.minusSeconds(1));
        assertEquals(1, of(agent.id(), NotificationKind.FOLLOW_UP_OVERDUE).size());
        scanCalls(rescheduled.plusSeconds(1));
        scanCalls(rescheduled.plusSeconds(31));
        overdue = of(agent.id(), NotificationKind.FOLLOW_UP_OVERDUE);
        assertEquals(2, overdue.size());
        assertNotEquals(overdue.get(0).eventKey, overdue.get(1).eventKey);

        agent.request().header("Accept-Language", "en").queryParam("unread", "true").get("/api/v1/notifications")
                .then().statusCode(200).body("items.find { it.kind == 'FOLLOW_UP_OVERDUE' }.text",
                        equalTo("Your call to " + name + " (Satisfaction survey) is overdue."),
                        "items.find { it.kind == 'FOLLOW_UP_OVERDUE' }.subject.id", equalTo(call));
        agent.request().header("Accept-Language", "zh-CN").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'FOLLOW_UP_OVERDUE' }.text",
                        containsString("您对客户 " + name + " 的回访"));
    }

    @Test
    void aCallDoneInTimeOrLongForgottenTellsNobody() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("On time"),
                Map.of("managerId", agent.id().toString())));
        Instant due = TestData.now().plus(Duration.ofMinutes(5));
        String call = overdueCall(supervisor, agent, customer, due);
        supervisor.request().body(Map.of("outcome", "REACHED", "satisfaction", 5))
                .post("/api/v1/follow-ups/" + call + "/attempts").then().statusCode(201);
        scanCalls(due.plusSeconds(60));
        // Past the look-back (7 days) an open call is old news, not announced on a first start.
        Instant old = TestData.now().minus(Duration.ofDays(8));
        overdueCall(supervisor, agent, customer, old);
        scanCalls(TestData.now());
        assertTrue(of(agent.id(), NotificationKind.FOLLOW_UP_OVERDUE).isEmpty());
    }

    @Test
    void anOpinionNearItsDeadlineTellsTheAssigneeAndTheSupervisorsOnce() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller otherAgent = TestData.newUser(Role.AGENT);
        String name = TestData.unique("Has ideas");
        String customer = TestData.createCustomer(agent, TestData.customerBody(name));
        String call = agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", TestData.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        JsonPath raised = agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 4,
                "suggestion", "Text me when the car is ready")).post("/api/v1/follow-ups/" + call + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        Instant answerDue = Instant.parse(raised.getString("attempt.answerDueAt"));
        Instant lead = answerDue.minus(Duration.ofHours(4));

        scanCalls(lead.minusSeconds(1));
        assertTrue(of(agent.id(), NotificationKind.OPINION_DUE).isEmpty(), "not within the lead yet");
        scanCalls(lead.plusSeconds(1));
        scanCalls(answerDue.plusSeconds(60));
        assertEquals(1, of(agent.id(), NotificationKind.OPINION_DUE).size());
        assertEquals(1, of(supervisor.id(), NotificationKind.OPINION_DUE).stream()
                .filter(n -> n.subjectId.toString().equals(call)).count());
        assertTrue(of(otherAgent.id(), NotificationKind.OPINION_DUE).isEmpty());
        assertEquals("opinion@" + raised.getString("attempt.id"),
                of(agent.id(), NotificationKind.OPINION_DUE).get(0).eventKey);

        supervisor.request().header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'OPINION_DUE' && it.subject.id == '" + call + "' }.text",
                        equalTo("The opinion " + name + " raised in a call (After repair) is due for an answer."));

        // An answered opinion is not announced: a second one, answered before its lead, tells nobody.
        String second = agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", TestData.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        String attempt = agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 4,
                "suggestion", "Open on Sundays")).post("/api/v1/follow-ups/" + second + "/attempts")
                .then().statusCode(201).extract().path("attempt.id");
        agent.request().body(Map.of("answer", "We will")).post("/api/v1/follow-ups/" + second + "/attempts/"
                + attempt + "/answer").then().statusCode(200);
        scanCalls(answerDue.plus(Duration.ofDays(1)));
        assertTrue(of(agent.id(), NotificationKind.OPINION_DUE).stream()
                .noneMatch(n -> n.subjectId.toString().equals(second)));
    }

    @Test
    void aCustomerMovedTellsBothManagersButNotWhoMovedIt() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller from = TestData.newUser(Role.AGENT);
        Caller to = TestData.newUser(Role.AGENT);
        String name = TestData.unique("Moving");
        String customer = TestData.createCustomer(supervisor, TestData.customerBody(name,
                Map.of("managerId", from.id().toString())));

        moveTo(supervisor, customer, to.id());
        assertEquals(1, of(from.id(), NotificationKind.CUSTOMER_MOVED).size());
        assertEquals(1, of(to.id(), NotificationKind.CUSTOMER_MOVED).size());
        assertTrue(of(supervisor.id(), NotificationKind.CUSTOMER_MOVED).isEmpty());
        Notification told = of(to.id(), NotificationKind.CUSTOMER_MOVED).get(0);
        assertEquals(NotificationSubject.CUSTOMER, told.subjectType);
        assertEquals(customer, told.subjectId.toString());

        to.request().header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("CUSTOMER_MOVED"), "items[0].subject.type", equalTo("CUSTOMER"),
                        "items[0].text", equalTo("Test " + supervisor.username() + " gave you the customer " + name
                                + "."));
        from.request().header("Accept-Language", "zh-CN").get("/api/v1/notifications").then().statusCode(200)
                .body("items[0].text", equalTo("Test " + supervisor.username() + " 已将您负责的客户 " + name
                        + " 转给 Test " + to.username() + "。"));

        // The console lists it in the bell's page and opens the customer.
        ConsoleSession console = ConsoleSession.login(to.username(), TestData.PASSWORD);
        console.request().get("/admin/notifications").then().statusCode(200)
                .body(containsString("gave you the customer " + name), containsString("data-bell-count>1<"));
        console.form().post("/admin/notifications/" + told.id + "/read?open=true").then().statusCode(303)
                .header("Location", containsString("/admin/customers/" + customer));
        assertTrue(of(to.id(), NotificationKind.CUSTOMER_MOVED).get(0).readAt != null);

        // The supervisor takes the customer itself: only the manager it left is told.
        moveTo(supervisor, customer, supervisor.id());
        assertEquals(2, of(to.id(), NotificationKind.CUSTOMER_MOVED).size());
        assertEquals(1, of(from.id(), NotificationKind.CUSTOMER_MOVED).size());
        assertTrue(of(supervisor.id(), NotificationKind.CUSTOMER_MOVED).isEmpty());
    }

    static void moveTo(Caller by, String customer, UUID manager) {
        String etag = by.request().get("/api/v1/customers/" + customer).then().statusCode(200).extract()
                .header("ETag");
        by.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("managerId", manager.toString())).patch("/api/v1/customers/" + customer)
                .then().statusCode(200).body("managerId", equalTo(manager.toString()));
    }

    @Test
    void aBreachOpenPastTheEscalationTimeTellsEveryAdminOnce() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller admin = TestData.newUser(Role.ADMIN);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Escalated")));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", TestData.now().minus(Duration.ofHours(3)).toString())))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        String complaint = created.getString("id");
        Instant breached = Instant.parse(created.getString("contactDueAt")).plusSeconds(1);
        breaches.scan(breached);
        assertEquals(1, of(owner.id(), NotificationKind.SLA_BREACH).size());
        assertEquals(1, of(supervisor.id(), NotificationKind.SLA_BREACH).stream()
                .filter(n -> n.subjectId.toString().equals(complaint)).count());

        Instant escalation = breached.plus(Duration.ofHours(24));
        scanWarnings(escalation.minusSeconds(1));
        assertTrue(of(admin.id(), NotificationKind.ESCALATION).stream()
                .noneMatch(n -> n.subjectId.toString().equals(complaint)));
        scanWarnings(escalation.plusSeconds(1));
        scanWarnings(escalation.plusSeconds(31));
        assertEquals(1, of(admin.id(), NotificationKind.ESCALATION).stream()
                .filter(n -> n.subjectId.toString().equals(complaint)).count());
        assertEquals(1, of(owner.id(), NotificationKind.ESCALATION).stream()
                .filter(n -> n.subjectId.toString().equals(complaint)).count(), "the owner hears it went up");
    }

    @Test
    void anOverdueVisitTellsTheCustomersManagerOncePerDueDate() {
        Caller agent = TestData.newUser(Role.AGENT);
        String name = TestData.unique("集团 Overdue");
        LocalDate joined = LocalDate.now().minusMonths(2);
        String customer = TestData.createCustomer(agent, TestData.customerBody(name, Map.of("type", "ENTERPRISE",
                "enterpriseClass", "A", "joinedAt", joined.toString())));
        visits.scan();
        visits.scan();
        List<Notification> told = of(agent.id(), NotificationKind.VISIT_DUE);
        assertEquals(1, told.size());
        assertEquals(customer, told.get(0).subjectId.toString());
        assertEquals(NotificationSubject.CUSTOMER, told.get(0).subjectType);
        assertEquals("visit-due@" + joined.plusMonths(1), told.get(0).eventKey);
        agent.request().header("Accept-Language", "zh-CN").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'VISIT_DUE' }.text", equalTo("客户 " + name + " 应于 "
                        + joined.plusMonths(1) + " 前拜访，现已逾期。"));
    }
}
