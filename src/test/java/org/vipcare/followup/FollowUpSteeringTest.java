package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.notification.Notification;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Steering calls (PATCH /api/v1/follow-ups/{id}): reschedule, reassign, cancel, each kept as a change on the call
 * and on the customer's timeline; and calls following their customer to a new manager.
 */
@QuarkusTest
class FollowUpSteeringTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAgentReschedulesItsOwnCallAndTheTimeIsKeptExactly() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Steered"));
        String task = create(agent, customer, "SATISFACTION", null);
        // 21:17 on whatever day: outside any contact window, kept as chosen
        Instant due = TestData.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS).plusSeconds(17 * 60);

        patch(agent, "\"0\"").body(Map.of("dueAt", due.toString(), "note", "Travelling until Thursday"))
                .patch(path(task)).then().statusCode(200).header("ETag", "\"1\"")
                .body("dueAt", equalTo(due.toString()), "status", equalTo("OPEN"), "version", is(1),
                        "cancelReason", nullValue());
        FollowUp stored = task(task);
        assertEquals(due, stored.dueAt);
        assertEquals(1, stored.version);
        List<FollowUpEvent> changes = changes(task);
        assertEquals(1, changes.size());
        assertEquals(FollowUpEventKind.RESCHEDULED, changes.get(0).kind);
        assertEquals(due, changes.get(0).toDueAt);
        assertEquals("Travelling until Thursday", changes.get(0).note);
        assertEquals(agent.id(), changes.get(0).byUserId);
        assertEquals(UUID.fromString(customer), changes.get(0).customerId);

        agent.request().get(path(task)).then().statusCode(200).header("ETag", "\"1\"")
                .body("changes.kind", contains("RESCHEDULED"), "changes[0].toDueAt", equalTo(due.toString()),
                        "changes[0].note", equalTo("Travelling until Thursday"),
                        "changes[0].byUserId", equalTo(agent.id().toString()));
        agent.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .statusCode(200)
                .body("items.kind", hasItem("FOLLOW_UP_CHANGE"), "items.action", hasItem("RESCHEDULED"),
                        "items.summary", hasItem(containsString("SATISFACTION call RESCHEDULED to " + due)));
    }

    @Test
    void refusalsChangeNothing() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Refused"));
        String task = create(agent, customer, "AFTER_REPAIR", null);
        String future = TestData.now().plus(Duration.ofDays(2)).toString();

        // no If-Match: 428; stale: 412
        agent.request().contentType(MERGE_PATCH).body(Map.of("dueAt", future)).patch(path(task))
                .then().statusCode(428).contentType("application/problem+json");
        patch(agent, "\"7\"").body(Map.of("dueAt", future)).patch(path(task)).then().statusCode(412);
        // not the agent's call; an agent naming an assignee
        patch(other, "\"0\"").body(Map.of("dueAt", future)).patch(path(task)).then().statusCode(403);
        patch(agent, "\"0\"").body(Map.of("assigneeId", other.id().toString())).patch(path(task))
                .then().statusCode(403).body("code", equalTo("followup.reassign.not-allowed"));
        // bad input
        patch(agent, "\"0\"").body(Map.of("dueAt", TestData.now().minus(Duration.ofHours(1)).toString()))
                .patch(path(task)).then().statusCode(400).body("violations.field", contains("dueAt"));
        patch(agent, "\"0\"").body(Map.of("status", "CANCELLED")).patch(path(task)).then().statusCode(400)
                .body("violations.field", contains("cancelReason"));
        patch(agent, "\"0\"").body(Map.of("status", "DONE")).patch(path(task)).then().statusCode(400)
                .body("violations.field", contains("status"));
        patch(agent, "\"0\"").body(Map.of("dueat", future)).patch(path(task)).then().statusCode(400)
                .body("violations.field", contains("dueat"));
        patch(agent, "\"0\"").body(Map.of()).patch(path(task)).then().statusCode(400);
        patch(agent, "\"0\"").body(Map.of("status", "CANCELLED", "cancelReason", "x", "dueAt", future))
                .patch(path(task)).then().statusCode(400).body("violations.field", contains("status"));
        TestData.as(Role.SUPERVISOR).request().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("assigneeId", TestData.as(Role.INTEGRATION).id().toString())).patch(path(task))
                .then().statusCode(400).body("violations.field", contains("assigneeId"));
        patch(agent, "\"0\"").body(Map.of("dueAt", future)).patch("/api/v1/follow-ups/" + UUID.randomUUID())
                .then().statusCode(404);

        FollowUp stored = task(task);
        assertEquals(0, stored.version);
        assertEquals(FollowUpStatus.OPEN, stored.status);
        assertEquals(agent.id(), stored.assigneeId);
        assertEquals(0, changes(task).size());
    }

    @Test
    void aCancelNeedsAReasonAndOnlyAnOpenCallChanges() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Cancelled"));
        String task = create(agent, customer, "ACTIVITY_INVITE", null);

        // application/json is taken too
        agent.request().header("If-Match", "\"0\"")
                .body(Map.of("status", "CANCELLED", "cancelReason", "  The event was called off  "))
                .patch(path(task)).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CANCELLED"), "cancelReason", equalTo("The event was called off"));
        FollowUp stored = task(task);
        assertEquals(FollowUpStatus.CANCELLED, stored.status);
        assertEquals("The event was called off", stored.cancelReason);
        assertEquals(FollowUpEventKind.CANCELLED, changes(task).get(0).kind);
        assertEquals("The event was called off", changes(task).get(0).note);

        patch(agent, "\"1\"").body(Map.of("dueAt", TestData.now().plus(Duration.ofDays(1)).toString()))
                .patch(path(task)).then().statusCode(409).body("code", equalTo("followup.update.not-open"),
                        "detail", containsString("CANCELLED"));

        String done = create(agent, customer, "AFTER_PURCHASE", null);
        agent.request().body(Map.of("outcome", "REACHED")).post(path(done) + "/attempts").then().statusCode(201);
        patch(agent, "\"1\"").body(Map.of("status", "CANCELLED", "cancelReason", "late"))
                .patch(path(done)).then().statusCode(409).body("detail", containsString("DONE"));
        assertEquals(FollowUpStatus.DONE, task(done).status);
        agent.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .body("items.action", hasItem("CANCELLED"),
                        "items.detail", hasItem("The event was called off"));
    }

    @Test
    void aSupervisorReassignsAndTheNewAssigneeIsNotified() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller taker = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Reassigned"));
        String task = create(agent, customer, "BILL_ANALYSIS", null);
        Instant due = TestData.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);

        supervisor.request().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Map.of("assigneeId", taker.id().toString(), "dueAt", due.toString(), "note", "Leave"))
                .patch(path(task)).then().statusCode(200).header("ETag", "\"1\"")
                .body("assigneeId", equalTo(taker.id().toString()), "dueAt", equalTo(due.toString()));
        FollowUp stored = task(task);
        assertEquals(taker.id(), stored.assigneeId);
        List<FollowUpEvent> changes = changes(task);
        assertEquals(List.of(FollowUpEventKind.RESCHEDULED, FollowUpEventKind.REASSIGNED),
                changes.stream().map(c -> c.kind).toList());
        assertEquals(agent.id(), changes.get(1).fromAssigneeId);
        assertEquals(taker.id(), changes.get(1).toAssigneeId);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "recipientId = ?1 and subjectId = ?2", taker.id(), UUID.fromString(task))));

        // the old assignee no longer works it; the new one does
        agent.request().get(path(task)).then().statusCode(403);
        taker.request().get(path(task)).then().statusCode(200)
                .body("changes.kind", contains("RESCHEDULED", "REASSIGNED"));
        supervisor.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .body("items.action", hasItem("REASSIGNED"), "items.toState", hasItem("Test " + taker.username()));
    }

    @Test
    void callsFollowTheCustomerToItsNewManager() {
        Caller before = TestData.newUser(Role.AGENT);
        Caller after = TestData.newUser(Role.AGENT);
        Caller third = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(before, TestData.customerBody("Moving"));
        String welcome = create(supervisor, customer, "WELCOME", before.id());
        String done = create(before, customer, "AFTER_REPAIR", null);
        before.request().body(Map.of("outcome", "REACHED")).post(path(done) + "/attempts").then().statusCode(201);
        String othersCall = create(supervisor, customer, "AFTER_COMPLAINT", third.id());
        String nobodys = create(supervisor, customer, "SATISFACTION", before.id());
        QuarkusTransaction.requiringNew().run(() -> FollowUp.update("assigneeId = null where id = ?1",
                UUID.fromString(nobodys)));

        String etag = supervisor.request().get("/api/v1/customers/" + customer).then().statusCode(200)
                .extract().header("ETag");
        supervisor.request().contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("managerId", after.id().toString())).patch("/api/v1/customers/" + customer)
                .then().statusCode(200).body("managerId", equalTo(after.id().toString()));

        assertEquals(after.id(), task(welcome).assigneeId);
        assertEquals(after.id(), task(nobodys).assigneeId);
        assertEquals(before.id(), task(done).assigneeId, "a DONE call stays with who made it");
        assertEquals(third.id(), task(othersCall).assigneeId, "a call given to someone else on purpose stays");
        assertEquals(FollowUpStatus.DONE, task(done).status);
        List<FollowUpEvent> moved = changes(welcome);
        assertEquals(1, moved.size());
        assertEquals(FollowUpEventKind.MOVED_WITH_CUSTOMER, moved.get(0).kind);
        assertEquals(before.id(), moved.get(0).fromAssigneeId);
        assertEquals(after.id(), moved.get(0).toAssigneeId);
        assertEquals(supervisor.id(), moved.get(0).byUserId);
        assertNull(changes(nobodys).get(0).fromAssigneeId);
        assertEquals(0, changes(done).size());
        assertEquals(0, changes(othersCall).size());
        assertEquals(1, task(welcome).version);

        after.request().get(path(welcome)).then().statusCode(200)
                .body("assigneeId", equalTo(after.id().toString()), "changes.kind", contains("MOVED_WITH_CUSTOMER"));
        after.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .body("items.action", hasItem("MOVED_WITH_CUSTOMER"),
                        "items.findAll { it.kind == 'FOLLOW_UP_CHANGE' }.withheld", not(hasItem(true)));
        // the old manager no longer works the moved calls: their changes are withheld from it
        before.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .body("items.findAll { it.kind == 'FOLLOW_UP_CHANGE' }.withheld", contains(true, true));
    }

    private static String create(Caller caller, String customer, String purpose, UUID assignee) {
        Map<String, Object> body = new HashMap<>(Map.of("customerId", customer, "purpose", purpose, "dueAt",
                TestData.now().plus(Duration.ofDays(1)).toString()));
        if (assignee != null) {
            body.put("assigneeId", assignee.toString());
        }
        return caller.request().body(body).post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification patch(Caller caller, String etag) {
        return caller.request().contentType(MERGE_PATCH).header("If-Match", etag);
    }

    private static String path(String task) {
        return "/api/v1/follow-ups/" + task;
    }

    private static FollowUp task(String id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(UUID.fromString(id)));
    }

    private static List<FollowUpEvent> changes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUpEvent.of(UUID.fromString(id)));
    }
}
