package org.vipcare.complaint;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierPolicies;

@QuarkusTest
class ComplaintResourceTest {

    private static final String ILLEGAL = "https://vipcare.example/problems/illegal-transition";

    @Inject
    TierPolicies policies;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void recordsAComplaintOwnedByItsFirstReceiverWithDueTimes() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Complainer"));
        Instant received = TestData.now().minus(Duration.ofMinutes(10));
        BigDecimal m = policies.current().tier(Tier.ORDINARY).slaMultiplier();

        JsonPath body = agent.request()
                .body(ComplaintData.complaintBody(customer, Map.of("receivedAt", received.toString(),
                        "place", "Call centre", "complainantType", "PRAGMATIC", "purpose", "ECONOMIC")))
                .post("/api/v1/complaints")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/complaints/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("RECEIVED"), "ownerId", equalTo(agent.id().toString()),
                        "firstReceiverId", equalTo(agent.id().toString()), "customerId", equalTo(customer),
                        "channel", equalTo("PHONE"), "category", equalTo("BILLING"), "place", equalTo("Call centre"),
                        "complainantType", equalTo("PRAGMATIC"), "purpose", equalTo("ECONOMIC"),
                        "escalated", is(false), "breaches", empty(), "allowedMoves", contains("CONTACTED"),
                        "contactedAt", nullValue())
                .extract().jsonPath();
        assertEquals(0, m.compareTo(body.getObject("slaMultiplier", BigDecimal.class)));
        assertEquals(received, Instant.parse(body.getString("receivedAt")));
        assertEquals(ComplaintSla.due(received, ComplaintSla.CONTACT, m), Instant.parse(body.getString("contactDueAt")));
        assertEquals(ComplaintSla.due(received, ComplaintSla.FEEDBACK, m),
                Instant.parse(body.getString("feedbackDueAt")));

        String id = body.getString("id");
        agent.request().get("/api/v1/complaints/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("summary", equalTo(body.getString("summary")));
        agent.request().get("/api/v1/complaints/" + id + "/events").then().statusCode(200)
                .body("kind", contains("RECEIVED"), "[0].toStatus", equalTo("RECEIVED"),
                        "[0].actor", equalTo(agent.username()));
    }

    @ParameterizedTest
    @CsvSource({ "DIAMOND, false", "GOLD, false", "SILVER, false", "SILVER, true", "GOLD, true", "DIAMOND, true" })
    void dueTimesFollowTheCustomersTierAndWatchFlag(Tier tier, boolean watch) {
        Caller agent = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Tiered " + tier));
        TestData.setTier(customer, tier, watch);
        Instant received = TestData.now().minus(Duration.ofMinutes(1));
        var policy = policies.current();
        BigDecimal m = policy.tier(tier).slaMultiplier();
        if (watch) {
            m = m.min(policy.watchSlaMultiplier());
        }
        JsonPath body = agent.request()
                .body(ComplaintData.complaintBody(customer, Map.of("receivedAt", received.toString())))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        assertEquals(0, m.compareTo(body.getObject("slaMultiplier", BigDecimal.class)), tier + " watch " + watch);
        assertEquals(ComplaintSla.due(received, ComplaintSla.CONTACT, m), Instant.parse(body.getString("contactDueAt")));
        assertEquals(ComplaintSla.due(received, ComplaintSla.FEEDBACK, m),
                Instant.parse(body.getString("feedbackDueAt")));
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        Caller agent = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Careful"));
        agent.request().body(ComplaintData.complaintBody(customer, Map.of("category", "WEATHER")))
                .post("/api/v1/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("category"), "violations[0].message", containsString("BILLING"));
        agent.request().body(Map.of("customerId", customer)).post("/api/v1/complaints")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("channel", "category", "summary"));
        agent.request().body(ComplaintData.complaintBody(customer, Map.of("channel", "CARRIER_PIGEON")))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", contains("channel"));
        agent.request().body(ComplaintData.complaintBody(UUID.randomUUID().toString(), Map.of()))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", contains("customerId"));
        agent.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", Instant.now().plus(Duration.ofHours(1)).toString())))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", contains("receivedAt"));
        assertEquals(0, TestData.count("complaint", "customer_id", customer));
    }

    @Test
    void namesTheStaffConcernedOnlyIfThereIsSuchAStaffMember() {
        Caller agent = TestData.as(Role.AGENT);
        Caller rude = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Offended"));

        String id = agent.request().body(ComplaintData.complaintBody(customer, Map.of("category", "SERVICE_ATTITUDE",
                        "staffConcernedId", rude.id().toString())))
                .post("/api/v1/complaints").then().statusCode(201)
                .body("staffConcernedId", equalTo(rude.id().toString()),
                        "firstReceiverId", equalTo(agent.id().toString()))
                .extract().path("id");
        assertEquals(rude.id(), QuarkusTransaction.requiringNew()
                .call(() -> Complaint.<Complaint>findById(UUID.fromString(id)).staffConcernedId));
        agent.request().get("/api/v1/complaints/" + id).then().statusCode(200)
                .body("staffConcernedId", equalTo(rude.id().toString()));
        agent.request().body(ComplaintData.complaintBody(customer, Map.of())).post("/api/v1/complaints")
                .then().statusCode(201).body("staffConcernedId", nullValue());

        String nobody = TestData.createCustomer(agent, TestData.customerBody("Offended by nobody"));
        agent.request().body(ComplaintData.complaintBody(nobody, Map.of("staffConcernedId",
                        UUID.randomUUID().toString())))
                .post("/api/v1/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"), "violations.field", contains("staffConcernedId"),
                        "violations[0].message", equalTo("must be the id of a staff member"));
        agent.request().body(ComplaintData.complaintBody(nobody, Map.of("staffConcernedId",
                        TestData.as(Role.INTEGRATION).id().toString())))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", contains("staffConcernedId"));
        agent.request().body(ComplaintData.complaintBody(nobody, Map.of("staffConcernedId", "not-a-uuid")))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", contains("staffConcernedId"));
        assertEquals(0, TestData.count("complaint", "customer_id", nobody));
    }

    @Test
    void everyHandoverIsAuditedAndARefusedOneIsNot() {
        Caller receiver = TestData.newUser(Role.AGENT);
        Caller colleague = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(receiver, TestData.customerBody("Handed around"));
        String id = ComplaintData.createComplaint(receiver, customer, Map.of());
        String path = "/api/v1/complaints/" + id;

        receiver.request().body(Map.of("toUserId", receiver.id().toString(), "note", "to me"))
                .post(path + "/handover").then().statusCode(409);
        receiver.request().body(Map.of("toUserId", UUID.randomUUID().toString(), "note", "to nobody"))
                .post(path + "/handover").then().statusCode(400);
        supervisor.request().queryParam("customerId", customer).queryParam("action", "COMPLAINT_HANDOVER")
                .get("/api/v1/audit").then().statusCode(200).body("total", is(0));

        receiver.request().body(Map.of("toUserId", colleague.id().toString(), "note", "Billing specialist"))
                .post(path + "/handover").then().statusCode(200);
        supervisor.request().body(Map.of("toUserId", receiver.id().toString(), "note", "Back to the first receiver"))
                .post(path + "/handover").then().statusCode(200);

        supervisor.request().queryParam("customerId", customer).queryParam("action", "COMPLAINT_HANDOVER")
                .queryParam("sort", "at,asc").get("/api/v1/audit").then().statusCode(200)
                .body("total", is(2),
                        "items.actor", contains(receiver.username(), supervisor.username()),
                        "items.action", everyItem(equalTo("COMPLAINT_HANDOVER")),
                        "items.customerId", everyItem(equalTo(customer)),
                        "items.endpoint", everyItem(equalTo("POST " + path + "/handover")),
                        "items[0].detail", equalTo("Complaint " + id + " handed over from " + receiver.username()
                                + " to " + colleague.username() + ": Billing specialist"),
                        "items[1].detail", equalTo("Complaint " + id + " handed over from " + colleague.username()
                                + " to " + receiver.username() + ": Back to the first receiver"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and customerId = ?2", AuditAction.COMPLAINT_HANDOVER, UUID.fromString(customer))));
        receiver.request().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void walksTheWholeLifeAndClosesOnlyAfterTheVerificationCallReached() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Whole life"));
        String id = ComplaintData.createComplaint(owner, customer,
                Map.of("receivedAt", TestData.now().minus(Duration.ofMinutes(5)).toString()));
        String path = "/api/v1/complaints/" + id;

        Instant contactedAt = TestData.now().minusSeconds(30);
        owner.request().body(Map.of("contactedAt", contactedAt.toString(), "note", "Called back"))
                .post(path + "/contact").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("CONTACTED"), "contactedAt", equalTo(contactedAt.toString()),
                        "contactOnTime", is(true), "allowedMoves", contains("IN_PROGRESS"));
        owner.request().body(Map.of("note", "Asked billing for the records")).post(path + "/progress")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"), "feedbackAt", nullValue(),
                        "allowedMoves", contains("IN_PROGRESS", "RESOLVED"));
        owner.request().body(Map.of("note", "Told the customer the refund is on its way", "feedbackGiven", true))
                .post(path + "/progress").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "feedbackAt", notNullValue(), "feedbackOnTime", is(true));
        JsonPath resolved = owner.request().body(Map.of("resolution", "Refunded the double charge",
                "compensation", "One month of data free")).post(path + "/resolve")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"), "resolution", equalTo("Refunded the double charge"),
                        "compensation", equalTo("One month of data free"),
                        "allowedMoves", contains("CLOSED", "REOPENED"))
                .extract().jsonPath();
        Instant resolvedAt = Instant.parse(resolved.getString("resolvedAt"));

        owner.request().post(path + "/close").then().statusCode(409)
                .body("type", endsWith("/conflict"), "detail", containsString("AFTER_COMPLAINT"));

        JsonPath tasks = owner.request().queryParam("complaintId", id).get("/api/v1/follow-ups")
                .then().statusCode(200).body("total", is(1)).extract().jsonPath();
        assertEquals("AFTER_COMPLAINT", tasks.getString("items[0].purpose"));
        assertEquals(owner.id().toString(), tasks.getString("items[0].assigneeId"));
        // A day later, moved into the customer's next contact slot (followup.FollowUpCallTimesTest pins the details)
        Instant verificationDue = Instant.parse(tasks.getString("items[0].dueAt"));
        org.junit.jupiter.api.Assertions.assertFalse(verificationDue.isBefore(resolvedAt.plus(Duration.ofDays(1))));
        org.junit.jupiter.api.Assertions.assertTrue(verificationDue.isBefore(resolvedAt.plus(Duration.ofDays(5))));
        String task = tasks.getString("items[0].id");

        owner.request().body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/follow-ups/" + task + "/attempts")
                .then().statusCode(201);
        owner.request().post(path + "/close").then().statusCode(409);
        owner.request().body(Map.of("outcome", "REACHED", "satisfaction", 5))
                .post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
        owner.request().post(path + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"), "closedAt", notNullValue(), "allowedMoves", contains("REOPENED"));

        owner.request().body(Map.of("reason", "The charge came back")).post(path + "/reopen").then().statusCode(200)
                .body("status", equalTo("REOPENED"), "closedAt", nullValue(), "reopenedAt", notNullValue(),
                        "allowedMoves", contains("IN_PROGRESS", "RESOLVED"));

        owner.request().get(path + "/events").then().statusCode(200)
                .body("kind", contains("RECEIVED", "CONTACTED", "PROGRESS", "PROGRESS", "RESOLVED", "CLOSED",
                        "REOPENED"),
                        "toStatus", contains("RECEIVED", "CONTACTED", "IN_PROGRESS", "IN_PROGRESS", "RESOLVED",
                                "CLOSED", "REOPENED"),
                        "[6].note", equalTo("The charge came back"), "[6].fromStatus", equalTo("CLOSED"));
        owner.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline")
                .then().statusCode(200)
                .body("items.kind", hasItem("COMPLAINT"), "items.kind", hasItem("FOLLOW_UP_ATTEMPT"),
                        "items.summary", hasItem("REOPENED CLOSED -> REOPENED: The charge came back"),
                        "items.summary", hasItem("AFTER_COMPLAINT call: REACHED, satisfaction 5"));
    }

    @Test
    void everyIllegalMoveIsAConflictNamingTheAllowedMoves() {
        Caller owner = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Rule breaker"));
        String path = "/api/v1/complaints/" + ComplaintData.createComplaint(owner, customer, Map.of());

        refused(owner, path, "progress", Map.of("note", "x"), "RECEIVED", "CONTACTED");
        refused(owner, path, "resolve", Map.of("resolution", "x"), "RECEIVED", "CONTACTED");
        refused(owner, path, "close", Map.of(), "RECEIVED", "CONTACTED");
        refused(owner, path, "reopen", Map.of("reason", "x"), "RECEIVED", "CONTACTED");

        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        refused(owner, path, "contact", Map.of(), "CONTACTED", "IN_PROGRESS");
        refused(owner, path, "resolve", Map.of("resolution", "x"), "CONTACTED", "IN_PROGRESS");
        refused(owner, path, "close", Map.of(), "CONTACTED", "IN_PROGRESS");
        refused(owner, path, "reopen", Map.of("reason", "x"), "CONTACTED", "IN_PROGRESS");

        owner.request().body(Map.of("note", "working")).post(path + "/progress").then().statusCode(200);
        refused(owner, path, "contact", Map.of(), "IN_PROGRESS", "IN_PROGRESS, RESOLVED");
        refused(owner, path, "close", Map.of(), "IN_PROGRESS", "IN_PROGRESS, RESOLVED");
        refused(owner, path, "reopen", Map.of("reason", "x"), "IN_PROGRESS", "IN_PROGRESS, RESOLVED");

        owner.request().body(Map.of("resolution", "done")).post(path + "/resolve").then().statusCode(200);
        refused(owner, path, "contact", Map.of(), "RESOLVED", "CLOSED, REOPENED");
        refused(owner, path, "progress", Map.of("note", "x"), "RESOLVED", "CLOSED, REOPENED");
        refused(owner, path, "resolve", Map.of("resolution", "x"), "RESOLVED", "CLOSED, REOPENED");

        owner.request().body(Map.of("reason", "not fixed")).post(path + "/reopen").then().statusCode(200);
        refused(owner, path, "contact", Map.of(), "REOPENED", "IN_PROGRESS, RESOLVED");
        refused(owner, path, "close", Map.of(), "REOPENED", "IN_PROGRESS, RESOLVED");
        refused(owner, path, "reopen", Map.of("reason", "x"), "REOPENED", "IN_PROGRESS, RESOLVED");
        owner.request().body(Map.of("resolution", "fixed again")).post(path + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void reopeningIsAllowedForThirtyDaysAfterTheResolution() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Reopener"));
        String id = ComplaintData.createComplaint(owner, customer, Map.of());
        String path = "/api/v1/complaints/" + id;
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        owner.request().body(Map.of("note", "n")).post(path + "/progress").then().statusCode(200);
        owner.request().body(Map.of("resolution", "done")).post(path + "/resolve").then().statusCode(200);

        ComplaintData.resolvedAt(id, Instant.now().minus(Duration.ofDays(29)));
        owner.request().body(Map.of("reason", "still broken")).post(path + "/reopen").then().statusCode(200)
                .body("status", equalTo("REOPENED"));
        owner.request().body(Map.of("resolution", "done again")).post(path + "/resolve").then().statusCode(200);

        ComplaintData.resolvedAt(id, Instant.now().minus(Duration.ofDays(31)));
        owner.request().get(path).then().body("allowedMoves", contains("CLOSED"));
        owner.request().body(Map.of("reason", "too late")).post(path + "/reopen").then().statusCode(409)
                .body("type", equalTo(ILLEGAL), "detail", containsString("within 30 days"),
                        "detail", containsString("Allowed moves: CLOSED."));
        owner.request().body(Map.of()).post(path + "/reopen").then().statusCode(400)
                .body("violations.field", contains("reason"));
    }

    @Test
    void onlyTheOwnerASupervisorOrAnAdminMovesAComplaintAndHandoverIsTheOnlyWayOwnershipMoves() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller receiver = TestData.newUser(Role.AGENT);
        Caller colleague = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(manager, TestData.customerBody("Shared customer"));
        // Any agent records a complaint about any customer, as its own first receiver.
        String id = ComplaintData.createComplaint(receiver, customer, Map.of());
        String path = "/api/v1/complaints/" + id;

        manager.request().get(path).then().statusCode(200).body("ownerId", equalTo(receiver.id().toString()));
        manager.request().body(Map.of()).post(path + "/contact").then().statusCode(403)
                .contentType("application/problem+json");
        colleague.request().get(path).then().statusCode(403);
        colleague.request().body(Map.of()).post(path + "/contact").then().statusCode(403);
        colleague.request().queryParam("customerId", customer).get("/api/v1/complaints")
                .then().statusCode(200).body("total", is(0));
        manager.request().queryParam("customerId", customer).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", contains(id));
        TestData.as(Role.INTEGRATION).request().get(path).then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().get("/api/v1/complaints").then().statusCode(403);
        receiver.request().body(ComplaintData.complaintBody(customer, Map.of("firstReceiverId",
                colleague.id().toString()))).post("/api/v1/complaints").then().statusCode(403);

        supervisor.request().body(Map.of()).post(path + "/contact").then().statusCode(200);

        receiver.request().body(Map.of("toUserId", TestData.as(Role.INTEGRATION).id().toString(), "note", "x"))
                .post(path + "/handover").then().statusCode(400).body("violations.field", contains("toUserId"));
        receiver.request().body(Map.of("toUserId", UUID.randomUUID().toString(), "note", "x"))
                .post(path + "/handover").then().statusCode(400);
        receiver.request().body(Map.of("toUserId", colleague.id().toString()))
                .post(path + "/handover").then().statusCode(400).body("violations.field", contains("note"));
        receiver.request().body(Map.of("toUserId", receiver.id().toString(), "note", "to me"))
                .post(path + "/handover").then().statusCode(409);
        colleague.request().body(Map.of("toUserId", colleague.id().toString(), "note", "mine now"))
                .post(path + "/handover").then().statusCode(403);

        receiver.request().body(Map.of("toUserId", colleague.id().toString(), "note", "Billing specialist"))
                .post(path + "/handover").then().statusCode(200)
                .body("ownerId", equalTo(colleague.id().toString()), "firstReceiverId",
                        equalTo(receiver.id().toString()), "status", equalTo("CONTACTED"));
        receiver.request().body(Map.of("note", "x")).post(path + "/progress").then().statusCode(403);
        receiver.request().get(path).then().statusCode(200);
        colleague.request().body(Map.of("note", "on it")).post(path + "/progress").then().statusCode(200);
        colleague.request().queryParam("ownerId", colleague.id().toString()).get("/api/v1/complaints")
                .then().statusCode(200).body("items.id", contains(id));
        colleague.request().get(path + "/events").then().statusCode(200)
                .body("kind", contains("RECEIVED", "CONTACTED", "HANDOVER", "PROGRESS"),
                        "[2].fromOwnerId", equalTo(receiver.id().toString()),
                        "[2].toOwnerId", equalTo(colleague.id().toString()),
                        "[2].note", equalTo("Billing specialist"), "[2].actor", equalTo(receiver.username()));
    }

    @Test
    void listsFilterAndPutTheEarliestDueFirst() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Lister"));
        Instant now = TestData.now();
        String late = ComplaintData.createComplaint(agent, customer,
                Map.of("receivedAt", now.minus(Duration.ofHours(3)).toString(), "category", "NETWORK"));
        String fresh = ComplaintData.createComplaint(agent, customer, Map.of("receivedAt", now.toString()));
        String middle = ComplaintData.createComplaint(agent, customer,
                Map.of("receivedAt", now.minus(Duration.ofHours(1)).toString()));

        agent.request().queryParam("customerId", customer).get("/api/v1/complaints").then().statusCode(200)
                .body("total", is(3), "items.id", contains(late, middle, fresh), "page", is(0), "size", is(20));
        agent.request().queryParam("customerId", customer).queryParam("category", "NETWORK")
                .get("/api/v1/complaints").then().body("items.id", contains(late));
        agent.request().queryParam("customerId", customer).queryParam("overdue", "true")
                .get("/api/v1/complaints").then().body("items.id", contains(late));
        agent.request().queryParam("customerId", customer).queryParam("overdue", "false")
                .get("/api/v1/complaints").then().body("items.id", contains(middle, fresh));
        agent.request().queryParam("customerId", customer)
                .queryParam("from", now.minus(Duration.ofHours(2)).toString()).queryParam("to", now.toString())
                .get("/api/v1/complaints").then().body("items.id", contains(middle));
        agent.request().queryParam("customerId", customer).queryParam("sort", "receivedAt,desc")
                .queryParam("size", 2).get("/api/v1/complaints")
                .then().body("items.id", contains(fresh, middle), "total", is(3));
        agent.request().body(Map.of()).post("/api/v1/complaints/" + middle + "/contact").then().statusCode(200);
        agent.request().queryParam("customerId", customer).queryParam("status", "CONTACTED")
                .get("/api/v1/complaints").then().body("items.id", contains(middle));
        agent.request().queryParam("status", "LOST").get("/api/v1/complaints").then().statusCode(400)
                .body("violations.field", contains("status"));
        agent.request().queryParam("overdue", "maybe").get("/api/v1/complaints").then().statusCode(400);
        agent.request().queryParam("sort", "summary").get("/api/v1/complaints").then().statusCode(400);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyMakesOneComplaint() {
        Caller agent = TestData.as(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Retrier"));
        Map<String, Object> body = ComplaintData.complaintBody(customer, Map.of());
        String key = TestData.unique("key");
        String first = agent.request().header("Idempotency-Key", key).body(body).post("/api/v1/complaints")
                .then().statusCode(201).extract().path("id");
        String second = agent.request().header("Idempotency-Key", key).body(body).post("/api/v1/complaints")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(1, TestData.count("complaint", "customer_id", customer));
    }

    private static void refused(Caller caller, String path, String action, Map<String, Object> body, String status,
            String allowed) {
        caller.request().body(body).post(path + "/" + action).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ILLEGAL), "title", equalTo("Illegal state transition"),
                        "detail", containsString("is " + status + " and cannot move"),
                        "detail", endsWith("Allowed moves: " + allowed + "."));
    }
}
