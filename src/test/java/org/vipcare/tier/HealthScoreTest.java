package org.vipcare.tier;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.notification.Notification;
import org.vipcare.notification.NotificationKind;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.IsolatedDatabase;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The health score (docs/rules.md "Health score") on a book of four customers computed by hand, across four
 * evaluations at one pinned instant (17:00 UTC: already the next day in Shanghai). Tiers take the whole book's
 * averages, so this runs on a database of its own that each test empties first and last.
 *
 * <p>The book (window 365 days; records at whole days before the evaluation, so "days since" is exact):
 * <ul>
 * <li>A, 36 months: BOTH records at 10 d (300), 50 d (150) | 100, 130, 170 d (200 each); reached calls with
 * satisfaction 1 (60 d), 3 (40 d), 4 (30 d), 5 (20 d) and one without (5 d). Spend 1050, visits 5.
 * <li>S, 36 months: VISIT records at 10, 50, 100, 130, 170 d. Spend 0, visits 5.
 * <li>C, 6 months: nothing.
 * <li>D, 12 months: SPEND 100 at 250 d and 300 d; a reached call with satisfaction 2 at 260 d.
 * </ul>
 * Averages: spend (1050 + 0 + 0 + 200) / 4 = 312.5, visits 10 / 4 = 2.5: A DIAMOND (1050 >= 625, 5 >= 5), S SILVER
 * (no spend, 5 visits >= 2.5), C and D ORDINARY.
 */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
class HealthScoreTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    Caller supervisor;
    Caller manager;
    Caller otherAgent;
    Instant at;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void emptyTheBook() {
        empty();
        supervisor = TestData.newUser(Role.SUPERVISOR);
        manager = TestData.newUser(Role.AGENT);
        otherAgent = TestData.newUser(Role.AGENT);
        TestData.admin();
        TestData.as(Role.INTEGRATION);
        // yesterday (UTC) 17:00: Shanghai's date is a day later
        at = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS);
        clock.pin(at);
    }

    @AfterEach
    void resetClockAndBook() {
        clock.reset();
        empty(); // TierEvaluationTest shares this database and deletes customers without their complaints
    }

    private void empty() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update follow_up set retention_case_id = null, complaint_id = null").executeUpdate();
            em.createNativeQuery("update retention_case set follow_up_id = null, agreed_offer_id = null")
                    .executeUpdate();
            for (String table : List.of("follow_up_attempt", "follow_up_event", "follow_up", "retention_offer",
                    "retention_event", "retention_case", "complaint_event", "complaint", "consumption_record",
                    "tier_history", "product", "visit_contact", "visit", "customer_contact", "customer",
                    "tier_evaluation")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            em.createNativeQuery("delete from tier_rule where policy_version > 1").executeUpdate();
            em.createNativeQuery("delete from tier_policy where version > 1").executeUpdate();
        });
    }

    @Test
    void componentsTrendsWeightsFilterSortAndDrops() {
        String a = customer(36, List.of(record("BOTH", "300", 10), record("BOTH", "150", 50),
                record("BOTH", "200", 100), record("BOTH", "200", 130), record("BOTH", "200", 170)));
        String s = customer(36, List.of(record("VISIT", null, 10), record("VISIT", null, 50),
                record("VISIT", null, 100), record("VISIT", null, 130), record("VISIT", null, 170)));
        String c = customer(6, List.of());
        String d = customer(12, List.of(record("SPEND", "100", 250), record("SPEND", "100", 300)));
        UUID callsOfA = callTask(a);
        reachedCall(callsOfA, 60, 1);
        reachedCall(callsOfA, 40, 3);
        reachedCall(callsOfA, 30, 4);
        reachedCall(callsOfA, 20, 5);
        reachedCall(callsOfA, 5, null);
        reachedCall(callTask(d), 260, 2);

        // Before the first evaluation: a clear empty shape
        manager.request().get("/api/v1/customers/" + a + "/health").then().statusCode(200)
                .body("score", nullValue(), "trend", nullValue(), "evaluatedAt", nullValue(), "components.size()", is(0));
        manager.request().get("/api/v1/customers/" + a).then().body("healthScore", nullValue(),
                "healthTrend", nullValue());

        evaluate();
        assertTier(a, "DIAMOND");
        assertTier(s, "SILVER");
        // A: recency 100 (10 d <= 365 / 5 = 73 d); spend trend 75 (450 / 600); complaints 100; satisfaction
        // (5 + 4 + 3) / 3 = 4 -> (4 - 1) x 25 = 75; retention 100; tenure 36 months -> 100.
        // 25 + 18.75 + 20 + 11.25 + 10 + 5 = 90
        assertHealth(a, 90, "FLAT", 100, 75, 100, 75, 100, 100);
        supervisor.request().get("/api/v1/customers/" + a + "/health").then()
                .body("evaluatedAt", equalTo(at.toString()), "components[1].name", equalTo("SPEND_TREND"),
                        "components[1].weight", is(25), "components[1].contribution", equalTo(18.75f),
                        "previousScore", nullValue());
        // S: recency 100; spend trend 50 (no spend either side); complaints 100; satisfaction 50 (no call);
        // retention 100; tenure 100. 25 + 12.5 + 20 + 7.5 + 10 + 5 = 80
        assertHealth(s, 80, "FLAT", 100, 50, 100, 50, 100, 100);
        // C: recency 0 (no activity); spend 50; complaints 100; satisfaction 50; retention 100; tenure 6 x 100 / 24
        // = 25. 0 + 12.5 + 20 + 7.5 + 10 + 1.25 = 51.25 -> 51
        assertHealth(c, 51, "FLAT", 0, 50, 100, 50, 100, 25);
        // D: interval 365 / 2 = 182.5 d, last activity 250 d: 100 x (547.5 - 250) / 365 = 81.5 -> 82; spend 50 (both
        // records before the 180 days); complaints 100; satisfaction (2 - 1) x 25 = 25; retention 100; tenure 12 ->
        // 50. 20.5 + 12.5 + 20 + 3.75 + 10 + 2.5 = 69.25 -> 69
        assertHealth(d, 69, "FLAT", 82, 50, 100, 25, 100, 50);

        // Second evaluation: A gets two open complaints (one missed its first-contact clock) and an open retention
        // case; S four open complaints and an open case; C a reached call yesterday with satisfaction 5.
        complaint(a, true);
        complaint(a, false);
        RetentionData.open(supervisor, a, Map.of());
        for (int i = 0; i < 4; i++) {
            complaint(s, false);
        }
        RetentionData.open(supervisor, s, Map.of());
        reachedCall(callTask(c), 1, 5);
        evaluate();
        // A: complaints 100 - 25 x 3 = 25, retention 0: 25 + 18.75 + 5 + 11.25 + 0 + 5 = 65, 25 down
        assertHealth(a, 65, "DOWN", 100, 75, 25, 75, 0, 100);
        // S: complaints 0, retention 0: 25 + 12.5 + 0 + 7.5 + 0 + 5 = 50, 30 down
        assertHealth(s, 50, "DOWN", 100, 50, 0, 50, 0, 100);
        // C: recency 100 (1 d, interval 365 d when no records), satisfaction 100: 25 + 12.5 + 20 + 15 + 10 + 1.25 =
        // 83.75 -> 84, 33 up
        assertHealth(c, 84, "UP", 100, 50, 100, 100, 100, 25);
        assertHealth(d, 69, "FLAT", 82, 50, 100, 25, 100, 50);
        supervisor.request().get("/api/v1/customers/" + a + "/health").then().body("previousScore", is(90));
        manager.request().get("/api/v1/customers/" + c).then().body("healthScore", is(84), "healthTrend",
                equalTo("UP"));

        // healthBelow and the healthScore sort
        supervisor.request().queryParam("healthBelow", "66").queryParam("sort", "healthScore,asc")
                .get("/api/v1/customers").then().statusCode(200).body("total", is(2), "items.id", contains(s, a));
        supervisor.request().queryParam("sort", "healthScore,desc").get("/api/v1/customers").then().statusCode(200)
                .body("items.id", contains(c, d, a, s), "items.healthScore", contains(84, 69, 65, 50));
        for (String bad : List.of("101", "-1", "forty")) {
            supervisor.request().queryParam("healthBelow", bad).get("/api/v1/customers").then().statusCode(400)
                    .body("violations[0].field", equalTo("healthBelow"),
                            "violations[0].code", equalTo("customer.health-below-invalid"));
        }
        assertEquals(0, drops(manager));

        // Weights that do not add up to 100 are refused and change nothing
        JsonPath policy = supervisor.request().get("/api/v1/tiers/policy").then().statusCode(200)
                .body("healthWeights.recency", is(25), "healthDropThreshold", is(40)).extract().jsonPath();
        int version = policy.getInt("version");
        supervisor.request().header("If-Match", "\"" + version + "\"")
                .body(settings(weights(5, 5, 45, 5, 35, 4))).put("/api/v1/tiers/policy").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("healthWeights"),
                        "violations[0].code", equalTo("tier.health-weights.sum"));
        supervisor.request().get("/api/v1/tiers/policy").then().body("version", is(version));
        // ... and weights that do are a new policy version, which the next evaluation uses
        supervisor.request().header("If-Match", "\"" + version + "\"")
                .body(settings(weights(5, 5, 45, 5, 35, 5))).put("/api/v1/tiers/policy").then().statusCode(200)
                .body("version", is(version + 1), "healthWeights.complaints", is(45), "healthDropThreshold", is(40),
                        "windowDays", is(365));
        evaluate();
        // A: 5 + 3.75 + 11.25 + 3.75 + 0 + 5 = 28.75 -> 29: a DIAMOND customer from 65 to below 40
        assertHealth(a, 29, "DOWN", 100, 75, 25, 75, 0, 100);
        supervisor.request().get("/api/v1/customers/" + a + "/health").then()
                .body("components.weight", contains(5, 5, 45, 5, 35, 5));
        // S: 5 + 2.5 + 0 + 2.5 + 0 + 5 = 15: below 40 too, but SILVER
        assertHealth(s, 15, "DOWN", 100, 50, 0, 50, 0, 100);
        assertEquals(1, drops(manager));
        Notification drop = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "recipientId = ?1 and kind = ?2", manager.id(), NotificationKind.HEALTH_DROP).firstResult());
        assertEquals(UUID.fromString(a), drop.subjectId);
        manager.request().header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.kind", hasItem("HEALTH_DROP"));

        // Staying low is not a new drop
        evaluate();
        assertHealth(a, 29, "FLAT", 100, 75, 25, 75, 0, 100);
        assertEquals(1, drops(manager));
        assertEquals(0, drops(supervisor));
    }

    @Test
    void onlyTheManagerSupervisorsAndAdminsReadTheBreakdown() {
        String a = customer(12, List.of(record("BOTH", "100", 3)));
        evaluate();
        manager.request().get("/api/v1/customers/" + a + "/health").then().statusCode(200)
                .body("components.name", contains("RECENCY", "SPEND_TREND", "COMPLAINTS", "SATISFACTION",
                        "RETENTION", "TENURE"));
        TestData.admin().request().get("/api/v1/customers/" + a + "/health").then().statusCode(200);
        otherAgent.request().get("/api/v1/customers/" + a + "/health").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("customer.read.not-yours"));
        TestData.as(Role.INTEGRATION).request().get("/api/v1/customers/" + a + "/health").then().statusCode(403);
        supervisor.request().get("/api/v1/customers/" + UUID.randomUUID() + "/health").then().statusCode(404);
        TestData.admin().request().delete("/api/v1/customers/" + a).then().statusCode(204);
        supervisor.request().get("/api/v1/customers/" + a + "/health").then().statusCode(404);
    }

    @Test
    void aVisitMadeIsActivityForRecency() {
        // five records 200-240 days ago: interval I = 365 / 5 = 73 days; d = 200 → 100 × (219 − 200) / 146 = 13.01
        String e = customer(24, List.of(record("BOTH", "100", 200), record("BOTH", "100", 210),
                record("BOTH", "100", 220), record("BOTH", "100", 230), record("BOTH", "100", 240)));
        evaluate();
        supervisor.request().get("/api/v1/customers/" + e + "/health").then().statusCode(200)
                .body("components[0].name", equalTo("RECENCY"), "components[0].value", is(13));
        // a visit made 10 days ago: d = 10 ≤ I → 100; a planned one counts for nothing
        visit(e, "DONE", 10);
        visit(e, "PLANNED", 1);
        evaluate();
        supervisor.request().get("/api/v1/customers/" + e + "/health").then().statusCode(200)
                .body("components[0].value", is(100));
    }

    private void visit(String customerId, String status, int daysAgo) {
        Instant when = at.minus(daysAgo, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into visit (id, customer_id, manager_id, planned_at, purpose, status, visited_at,
                                   created_at, updated_at)
                values (?1, ?2, ?3, ?4, 'Health visit', ?5, case when ?5 = 'DONE' then cast(?4 as timestamptz) end,
                        ?4, ?4)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(customerId))
                .setParameter(3, manager.id()).setParameter(4, when).setParameter(5, status).executeUpdate());
    }

    private void evaluate() {
        String location = supervisor.request().post("/api/v1/tiers/evaluations").then().statusCode(202)
                .extract().header("Location");
        for (int i = 0; i < 200; i++) {
            String status = supervisor.request().get(location).then().statusCode(200).extract().path("status");
            if (!"RUNNING".equals(status)) {
                assertEquals("DONE", status);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("evaluation did not finish: " + location);
    }

    private void assertTier(String id, String tier) {
        supervisor.request().get("/api/v1/customers/" + id).then().body("tier", equalTo(tier));
    }

    /** Score, trend and the six component values in SPEC order, through GET /health and the customer. */
    private void assertHealth(String id, int score, String trend, Integer... values) {
        supervisor.request().get("/api/v1/customers/" + id + "/health").then().statusCode(200)
                .body("score", is(score), "trend", equalTo(trend), "components.value", contains(values));
        supervisor.request().get("/api/v1/customers/" + id).then().body("healthScore", is(score),
                "healthTrend", equalTo(trend));
    }

    private long drops(Caller recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("recipientId = ?1 and kind = ?2",
                recipient.id(), NotificationKind.HEALTH_DROP));
    }

    private static Map<String, Object> weights(int recency, int spendTrend, int complaints, int satisfaction,
            int retention, int tenure) {
        return Map.of("recency", recency, "spendTrend", spendTrend, "complaints", complaints, "satisfaction",
                satisfaction, "retention", retention, "tenure", tenure);
    }

    private static Map<String, Object> settings(Map<String, Object> weights) {
        return Map.of("windowDays", 365, "watchDropRatio", 0.5, "watchSlaMultiplier", 0.75, "healthWeights",
                weights);
    }

    private String customer(int tenureMonths, List<Map<String, Object>> records) {
        LocalDate joined = LocalDate.ofInstant(at, SHANGHAI).minusMonths(tenureMonths).minusDays(5);
        String id = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Health"),
                Map.of("joinedAt", joined.toString(), "managerId", manager.id().toString())));
        if (!records.isEmpty()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Map<String, Object> r : records) {
                Map<String, Object> one = new HashMap<>(r);
                one.put("customerId", id);
                one.put("occurredAt", at.minus((Integer) one.remove("daysAgo"), ChronoUnit.DAYS).toString());
                batch.add(one);
            }
            TestData.admin().request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                    .body("accepted", is(batch.size()));
        }
        return id;
    }

    private static Map<String, Object> record(String kind, String amount, int daysAgo) {
        Map<String, Object> r = new HashMap<>(Map.of("kind", kind, "daysAgo", daysAgo));
        if (amount != null) {
            r.put("amount", new BigDecimal(amount));
        }
        return r;
    }

    private void complaint(String customerId, boolean contactBreached) {
        String id = ComplaintData.createComplaint(supervisor, customerId, Map.of());
        if (contactBreached) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update complaint set contact_breached = true where id = ?1")
                    .setParameter(1, UUID.fromString(id)).executeUpdate());
        }
    }

    private UUID callTask(String customerId) {
        UUID task = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, created_at, updated_at)
                values (?1, ?2, 'SATISFACTION', ?3, ?4, 'DONE', ?3, ?3)""")
                .setParameter(1, task).setParameter(2, UUID.fromString(customerId)).setParameter(3, at)
                .setParameter(4, manager.id()).executeUpdate());
        return task;
    }

    private void reachedCall(UUID task, int daysAgo, Integer satisfaction) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into follow_up_attempt (id, follow_up_id, at, outcome, satisfaction)
                values (?1, ?2, ?3, 'REACHED', cast(?4 as smallint))""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, task)
                .setParameter(3, at.minus(daysAgo, ChronoUnit.DAYS)).setParameter(4, satisfaction).executeUpdate());
    }
}
