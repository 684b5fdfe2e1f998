package org.vipcare.tier;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.security.Role;
import org.vipcare.support.IsolatedDatabase;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * SPEC 2.1-2.3 and 2.5 on a small population computed by hand. Averages take the whole book, so this runs on a
 * database of its own that each test empties first.
 */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
class TierEvaluationTest {

    @Inject
    EntityManager em;

    @Inject
    TierEvaluations evaluations;

    Caller supervisor;
    Caller manager;

    private static final String DIAMOND_IN_STATISTICS = "select count(*) from pg_stats where tablename ="
            + " 'customer_standing' and attname = 'tier'"
            + " and concat(most_common_vals::text, histogram_bounds::text) like '%DIAMOND%'";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void emptyTheBook() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("follow_up", "tier_history", "consumption_record", "customer",
                    "tier_evaluation", "tier_rule where policy_version > 1", "tier_policy where version > 1")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
        supervisor = TestData.newUser(Role.SUPERVISOR);
        manager = TestData.newUser(Role.AGENT);
    }

    /**
     * Five live customers, spend 1000 and visits 10 in all: averages 200 and 2, median tenure 30 months. A sixth,
     * erased, big spender must not count. c2 and c4 made no visit in the last 90 days; only SILVER+ gets WATCH.
     */
    @Test
    void tiersClassesLoyaltyAndWatchFollowTheRulesAtTheirBoundaries() {
        String c1 = customer(60, List.of(record("BOTH", "120.00", 10, 5)));
        String c2 = customer(10, List.of(record("BOTH", "100.00", 200, 2)));
        String c3 = customer(30, List.of(record("VISIT", null, 10, 2)));
        String c4 = customer(40, List.of(record("SPEND", "200.00", 20, 1), record("VISIT", null, 200, 1)));
        String c5 = customer(5, List.of());
        String erased = customer(80, List.of(record("BOTH", "5000.00", 30, 10)));
        TestData.admin().request().delete("/api/v1/customers/" + erased).then().statusCode(204);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select analyze_customer_standing()").getSingleResult());
        assertEquals(0L, count(DIAMOND_IN_STATISTICS)); // everyone ORDINARY as far as the planner knows

        JsonPath run = evaluate();
        // the run leaves the planner statistics of the new standing (too few rows for autovacuum to bother)
        assertEquals(1L, count(DIAMOND_IN_STATISTICS));
        assertEquals("DONE", run.getString("status"));
        assertEquals(5, run.getInt("evaluated"));
        assertEquals(3, run.getInt("upgraded"));
        assertEquals(0, run.getInt("downgraded"));
        assertEquals(1, run.getInt("watchFlagged"));

        assertDerived(c1, "DIAMOND", false, "HIGH");       // 600 >= 2 x 200, 5 >= 2 x 2
        assertDerived(c2, "GOLD", true, "INERTIAL");       // exactly 1 x both averages; no visit in 90 days
        assertDerived(c3, "SILVER", false, "HIGH");        // no spend, visits exactly the average; tenure = median
        assertDerived(c4, "ORDINARY", false, "LATENT");    // 1 visit < 2; its visits dropped, but WATCH is SILVER+
        assertDerived(c5, "ORDINARY", false, "ZERO");      // no records at all

        // ABCD by spend rank, ties by id: 600 -> A; the two 200s -> B then C; the two 0s -> C then D
        assertEquals("A", valueClass(c1));
        List<String> twoHundreds = byId(c2, c4);
        assertEquals("B", valueClass(twoHundreds.get(0)));
        assertEquals("C", valueClass(twoHundreds.get(1)));
        List<String> zeros = byId(c3, c5);
        assertEquals("C", valueClass(zeros.get(0)));
        assertEquals("D", valueClass(zeros.get(1)));

        supervisor.request().get("/api/v1/customers/" + c1 + "/tier-history").then().statusCode(200)
                .body("total", is(2), "items[0].fromTier", equalTo("ORDINARY"), "items[0].toTier", equalTo("DIAMOND"),
                        "items[0].policyVersion", is(1), "items[0].reason", endsWith("visits 5 (average 2.00)"));
        supervisor.request().get("/api/v1/customers/" + c1 + "/timeline").then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("TIER_CHANGE"));

        // Welcome care for the two who entered GOLD or better, assigned to their manager, due within 3 days
        manager.request().queryParam("purpose", "WELCOME").get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(2), "items.customerId", org.hamcrest.Matchers.containsInAnyOrder(c1, c2),
                        "items[0].status", equalTo("OPEN"), "items[0].assigneeId", equalTo(manager.id().toString()));
        Instant due = Instant.parse(manager.request().get("/api/v1/follow-ups").then().extract()
                .path("items[0].dueAt"));
        assertTrue(due.isBefore(Instant.now().plus(3, ChronoUnit.DAYS).plusSeconds(5)));

        supervisor.request().get("/api/v1/tiers/distribution").then().statusCode(200)
                .body("total", is(5), "tiers.DIAMOND", is(1), "tiers.GOLD", is(1), "tiers.SILVER", is(1),
                        "tiers.ORDINARY", is(2), "watch", is(1), "valueClasses.C", is(2),
                        "loyaltyTypes.HIGH", is(2), "serviceTime[0].valueClass", equalTo("A"),
                        "serviceTime[0].hoursPerManagerMonth", equalTo(48.0f), "managers", is(1));

        supervisor.request().queryParam("loyaltyType", "HIGH").queryParam("sort", "name,asc")
                .get("/api/v1/customers").then().statusCode(200).body("total", is(2));
        supervisor.request().queryParam("watch", "true").get("/api/v1/customers").then()
                .body("items[0].id", equalTo(c2), "items[0].lifecycleStage", equalTo("DECLINE"),
                        "items[0].recommendedAction", equalTo("RE_ENGAGE"), "items[0].windowSpend", equalTo(200.0f),
                        "items[0].windowVisits", is(2));

        // An edit of the customer leaves the evaluation's figures alone (they are not the entity's to write)
        String joinedAt = supervisor.request().get("/api/v1/customers/" + c1).then().extract().path("joinedAt");
        supervisor.request().header("If-Match", "\"0\"").body(TestData.customerBody("Tier renamed",
                Map.of("managerId", manager.id().toString(), "joinedAt", joinedAt))).put("/api/v1/customers/" + c1).then().statusCode(200)
                .body("name", equalTo("Tier renamed"), "tier", equalTo("DIAMOND"), "valueClass", equalTo("A"),
                        "windowSpend", equalTo(600.0f), "windowVisits", is(5));
        assertDerived(c1, "DIAMOND", false, "HIGH");

        // Nothing changed: no new history rows, no second welcome call
        JsonPath again = evaluate();
        assertEquals(0, again.getInt("upgraded"));
        assertEquals(0, again.getInt("watchFlagged"));
        assertEquals(6L + 3, count("select count(*) from tier_history")); // six "new customer" rows, three changes
        assertEquals(2L, count("select count(*) from follow_up where purpose = 'WELCOME'"));
    }

    @Test
    void aPolicyEditIsANewVersionAndOldVersionsStayReadable() {
        String etag = supervisor.request().get("/api/v1/tiers/GOLD").then().statusCode(200)
                .body("code", equalTo("GOLD"), "name", equalTo("金级"), "rank", is(2),
                        "rule.spendMultiplier", equalTo(1.0f), "slaMultiplier", equalTo(0.75f))
                .extract().header("ETag");
        Map<String, Object> stricter = Map.of("rule", Map.of("spendMultiplier", 1.5, "visitMultiplier", 1),
                "entitlements", Map.of("dedicatedManager", true, "loungeVisitsPerYear", 3, "clubActivities", true),
                "slaMultiplier", 0.7);
        manager.request().header("If-Match", etag).body(stricter).put("/api/v1/tiers/GOLD").then().statusCode(403);
        supervisor.request().body(stricter).put("/api/v1/tiers/GOLD").then().statusCode(428);
        supervisor.request().header("If-Match", "\"99\"").body(stricter).put("/api/v1/tiers/GOLD")
                .then().statusCode(412);
        supervisor.request().header("If-Match", etag).body(stricter).put("/api/v1/tiers/GOLD")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("policyVersion", is(2), "rule.spendMultiplier", equalTo(1.5f), "slaMultiplier", equalTo(0.7f));
        supervisor.request().header("If-Match", etag).body(stricter).put("/api/v1/tiers/GOLD").then().statusCode(412);

        supervisor.request().queryParam("version", 1).get("/api/v1/tiers/policy").then().statusCode(200)
                .body("version", is(1), "tiers[1].rule.spendMultiplier", equalTo(1.0f));
        supervisor.request().get("/api/v1/tiers").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("DIAMOND", "GOLD", "SILVER", "ORDINARY"),
                        "[1].rule.spendMultiplier", equalTo(1.5f), "[1].entitlements.loungeVisitsPerYear", is(3));

        supervisor.request().header("If-Match", "\"2\"").body(Map.of("rule", Map.of("minSpend", 10),
                "entitlements", Map.of("dedicatedManager", false, "loungeVisitsPerYear", 0, "clubActivities", false),
                "slaMultiplier", 1)).put("/api/v1/tiers/ORDINARY").then().statusCode(400)
                .body("violations[0].field", equalTo("rule"));
        supervisor.request().header("If-Match", "\"2\"").body(Map.of("windowDays", 10, "watchDropRatio", 1.5,
                "watchSlaMultiplier", 0.75)).put("/api/v1/tiers/policy").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("windowDays", "watchDropRatio"));
        supervisor.request().header("If-Match", "\"2\"").body(Map.of("windowDays", 180, "watchDropRatio", 0.4,
                "watchSlaMultiplier", 0.75)).put("/api/v1/tiers/policy").then().statusCode(200)
                .body("version", is(3), "windowDays", is(180), "tiers[1].rule.spendMultiplier", equalTo(1.5f));

        JsonPath run = evaluate();
        assertEquals(3, run.getInt("policyVersion"));
    }

    @Test
    void onlyOneEvaluationRunsAtATime() {
        UUID running = UUID.randomUUID();
        insertRunning(running, Instant.now());
        supervisor.request().post("/api/v1/tiers/evaluations").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(running.toString()));
        manager.request().post("/api/v1/tiers/evaluations").then().statusCode(403);

        // A RUNNING row left by a crash (old, and nobody holds the lock) is failed and a new run starts
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update tier_evaluation set started_at = started_at - interval '10 minutes'").executeUpdate());
        JsonPath run = evaluate();
        assertEquals("DONE", run.getString("status"));
        assertEquals("FAILED", supervisor.request().get("/api/v1/tiers/evaluations/" + running).then()
                .statusCode(200).extract().path("status"));
        supervisor.request().get("/api/v1/tiers/evaluations/" + UUID.randomUUID()).then().statusCode(404);
    }

    /**
     * Two replicas fire at the same cron tick: the one firing after the other's run finished must not evaluate again,
     * nor may two firing together both run (or one fail on the one-RUNNING index). The next tick runs again.
     */
    @Test
    void aScheduledTickRunsOnceAcrossReplicas() throws Exception {
        customer(12, List.of(record("SPEND", "100.00", 10, 1)));
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(EvaluationStatus.DONE, runTick(tick).orElseThrow().status());
        assertTrue(runTick(tick).isEmpty(), "the later replica skips the tick");

        Instant next = Instant.now();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> replicas = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            replicas.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return runTick(next).isPresent();
            }));
        }
        go.countDown();
        long ran = 0;
        for (CompletableFuture<Boolean> replica : replicas) {
            ran += replica.get() ? 1 : 0;
        }
        assertEquals(1, ran, "one of two replicas firing together runs the tick");
        assertEquals(2, count("select count(*) from tier_evaluation where requested_by = 'scheduler'"));
        assertEquals(0, count("select count(*) from tier_evaluation where status <> 'DONE'"));
    }

    /** As the scheduler calls it, within a unit of work of its own (it runs outside any request). */
    private java.util.Optional<TierEvaluationDto> runTick(Instant tick) {
        return QuarkusTransaction.requiringNew().call(() -> evaluations.runScheduled(tick));
    }

    private JsonPath evaluate() {
        String location = supervisor.request().post("/api/v1/tiers/evaluations").then().statusCode(202)
                .body("status", equalTo("RUNNING")).extract().header("Location");
        for (int i = 0; i < 100; i++) {
            JsonPath run = supervisor.request().get(location).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status"))) {
                return run;
            }
            sleep();
        }
        throw new AssertionError("evaluation did not finish: " + location);
    }

    private String customer(int tenureMonths, List<Map<String, Object>> records) {
        LocalDate joined = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(tenureMonths).minusDays(5);
        String id = TestData.createCustomer(supervisor, TestData.customerBody(TestData.unique("Tier"),
                Map.of("joinedAt", joined.toString(), "managerId", manager.id().toString())));
        if (!records.isEmpty()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Map<String, Object> r : records) {
                int times = (Integer) r.get("times");
                for (int i = 0; i < times; i++) {
                    Map<String, Object> one = new java.util.HashMap<>(r);
                    one.remove("times");
                    one.put("customerId", id);
                    one.put("occurredAt", Instant.now().minus((Integer) r.get("daysAgo"), ChronoUnit.DAYS)
                            .minus(i, ChronoUnit.MINUTES).toString());
                    one.remove("daysAgo");
                    batch.add(one);
                }
            }
            TestData.admin().request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                    .body("accepted", is(batch.size()));
        }
        return id;
    }

    private static Map<String, Object> record(String kind, String amount, int daysAgo, int times) {
        Map<String, Object> r = new java.util.HashMap<>(Map.of("kind", kind, "daysAgo", daysAgo, "times", times));
        if (amount != null) {
            r.put("amount", new BigDecimal(amount));
        }
        return r;
    }

    private void assertDerived(String id, String tier, boolean watch, String loyalty) {
        supervisor.request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("tier", equalTo(tier), "watch", is(watch), "loyaltyType", equalTo(loyalty));
    }

    private String valueClass(String id) {
        return supervisor.request().get("/api/v1/customers/" + id).then().extract().path("valueClass");
    }

    private static List<String> byId(String a, String b) {
        return List.of(a, b).stream().sorted().toList(); // PostgreSQL orders uuids as unsigned bytes, like their text
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void insertRunning(UUID id, Instant startedAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into tier_evaluation"
                + " (id, status, policy_version, requested_by, started_at) values (?1, 'RUNNING', 1, 'test', ?2)")
                .setParameter(1, id).setParameter(2, startedAt).executeUpdate());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
