package org.vipcare.complaint;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The breach detector, driven with chosen times instead of sleeps. The scheduled run is off in tests; each scan
 * here marks whatever is breaching at the time given, so assertions look only at this test's own complaints.
 */
@QuarkusTest
class BreachDetectorTest {

    @Inject
    BreachDetector detector;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aMissedContactEscalatesWithinOneScanAndStaysAfterALateContact() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Waiting"));
        Instant received = TestData.now().minus(Duration.ofMinutes(30));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", received.toString()))).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath();
        String path = "/api/v1/complaints/" + created.getString("id");
        Instant contactDue = Instant.parse(created.getString("contactDueAt"));

        detector.scan(contactDue);
        owner.request().get(path).then().body("escalated", is(false), "breaches", empty());

        Instant missed = contactDue.plusSeconds(1);
        assertTrue(detector.scan(missed) >= 1);
        owner.request().get(path).then().statusCode(200)
                .body("escalated", is(true), "breaches", contains("CONTACT"), "escalatedAt",
                        equalTo(missed.toString()), "status", equalTo("RECEIVED"));

        // A contact made after the mark does not clear it.
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        detector.scan(missed.plus(Duration.ofMinutes(1)));
        owner.request().get(path).then()
                .body("escalated", is(true), "breaches", contains("CONTACT"), "status", equalTo("CONTACTED"),
                        "escalatedAt", equalTo(missed.toString()));
        owner.request().get(path + "/events").then()
                .body("kind", contains("RECEIVED", "CONTACTED", "ESCALATED"),
                        "[2].note", equalTo("CONTACT deadline missed"), "[2].actor", equalTo("system"),
                        "[2].actorId", nullValue(), "[2].toStatus", equalTo("RECEIVED"));
    }

    @Test
    void aLateContactBetweenTwoScansIsStillMarked() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Between scans"));
        Instant received = TestData.now().minus(Duration.ofHours(3));
        String id = ComplaintData.createComplaint(owner, customer, Map.of("receivedAt", received.toString()));
        String path = "/api/v1/complaints/" + id;
        // Contacted 2 h 30 min after receipt, before any scan ran.
        owner.request().body(Map.of("contactedAt", received.plus(Duration.ofMinutes(150)).toString()))
                .post(path + "/contact").then().statusCode(200).body("contactOnTime", is(false), "escalated", is(false));
        detector.scan(Instant.now());
        owner.request().get(path).then().body("escalated", is(true), "breaches", contains("CONTACT"));
    }

    @Test
    void aMissedFeedbackIsItsOwnBreachAndScansDoNotRepeatMarks() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("No news"));
        JsonPath created = owner.request().body(ComplaintData.complaintBody(customer, Map.of()))
                .post("/api/v1/complaints").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String path = "/api/v1/complaints/" + id;
        Instant feedbackDue = Instant.parse(created.getString("feedbackDueAt"));
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200).body("contactOnTime", is(true));
        owner.request().body(Map.of("note", "Looking into it, not told the customer yet")).post(path + "/progress")
                .then().statusCode(200);

        detector.scan(feedbackDue.minusSeconds(1));
        owner.request().get(path).then().body("escalated", is(false));
        detector.scan(feedbackDue.plusSeconds(30));
        detector.scan(feedbackDue.plusSeconds(60));
        owner.request().get(path).then().body("escalated", is(true), "breaches", contains("FEEDBACK"));

        // Feedback given after the mark does not clear it, and later scans do not mark it again.
        owner.request().body(Map.of("note", "Told the customer", "feedbackGiven", true)).post(path + "/progress")
                .then().statusCode(200).body("feedbackOnTime", is(true), "breaches", contains("FEEDBACK"));
        detector.scan(feedbackDue.plus(Duration.ofDays(1)));
        owner.request().get(path + "/events").then()
                .body("findAll { it.kind == 'ESCALATED' }.note", contains("FEEDBACK deadline missed"));
    }

    @Test
    void aBacklogIsMarkedBatchAfterBatchInOneScan() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Backlog"));
        Instant received = TestData.now().minus(Duration.ofHours(5));
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paths.add("/api/v1/complaints/" + ComplaintData.createComplaint(owner, customer,
                    Map.of("receivedAt", received.plusSeconds(i).toString())));
        }
        // batches of 2: the scan goes on until a batch comes back short
        assertTrue(detector.scan(Instant.now(), 2) >= 5);
        for (String path : paths) {
            owner.request().get(path).then().body("escalated", is(true), "breaches", contains("CONTACT"));
        }
    }

    @Test
    void aScanWaitsForNoOneWhileAnotherReplicaScans() throws Exception {
        int result = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, BreachDetector.LOCK_KEY)
                    .getSingleResult();
            return CompletableFuture.supplyAsync(() -> detector.scan(Instant.now())).get();
        });
        assertEquals(-1, result);
        assertTrue(detector.scan(Instant.now()) >= 0);
    }
}
