package org.vipcare.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vipcare.common.Problem;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Webhooks end to end: registered through the API, events written to the outbox in the transaction of their change,
 * posted by the sender (driven here; its schedule is off in tests) to a local receiver that checks every signature.
 */
@QuarkusTest
class WebhookResourceTest {

    private static final String SECRET = "whsec_test_0123456789abcdef";

    @Inject
    WebhookSender sender;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    WebhookReceiver receiver;
    Caller admin;
    Caller agent;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void setUp() {
        // Webhooks of earlier runs (or of the permission matrix) would have the sender try their URLs too.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook").executeUpdate());
        receiver = new WebhookReceiver(SECRET);
        admin = TestData.admin();
        agent = TestData.newUser(Role.AGENT);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void complaintOpenedAndClosedArriveSignedWithTheirFacts() {
        String webhook = register(List.of("complaint.opened", "complaint.closed"));
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Li"));
        String complaint = ComplaintData.createComplaint(agent, customer, Map.of("category", "BILLING"));
        walkToClosed(complaint);

        List<WebhookReceiver.Received> got = awaitEvents(complaint, 2);
        WebhookReceiver.Received opened = got.stream().filter(r -> r.event().equals("complaint.opened")).findFirst()
                .orElseThrow();
        WebhookReceiver.Received closed = got.stream().filter(r -> r.event().equals("complaint.closed")).findFirst()
                .orElseThrow();
        for (WebhookReceiver.Received r : got) {
            assertTrue(r.signatureValid(), "signature and timestamp must verify: " + r);
            assertTrue(r.signature().matches("sha256=[0-9a-f]{64}"), r.signature());
            assertTrue(r.contentType().startsWith("application/json"), r.contentType());
            assertEquals(r.event(), r.json().getString("event"));
            UUID.fromString(r.delivery());
            UUID.fromString(r.json().getString("id"));
            Instant.parse(r.json().getString("occurredAt"));
            assertFalse(r.body().contains("Webhook Li") || r.body().contains("phone"), "no personal data: " + r.body());
        }
        assertEquals(Map.of("complaintId", complaint, "customerId", customer, "ownerId", agent.id().toString(),
                "category", "BILLING"), opened.json().getJsonObject("data").getMap());
        assertEquals(Map.of("complaintId", complaint, "customerId", customer, "ownerId", agent.id().toString()),
                closed.json().getJsonObject("data").getMap());
        assertEquals(List.of(), receiver.matching(r -> !r.event().startsWith("complaint.")));

        // the log: one DELIVERED try per delivery, with its status code and the delivery's id
        admin.request().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("total", is(2), "items.state", contains("DELIVERED", "DELIVERED"),
                        "items.statusCode", contains(204, 204), "items.attempt", contains(1, 1));
        List<String> logged = admin.request().get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                .extract().path("items.deliveryId");
        assertEquals(Set(opened.delivery(), closed.delivery()), Set(logged.toArray(String[]::new)));
        assertEquals(0L, count("select count(*) from webhook_delivery where webhook_id = '" + webhook
                + "' and state <> 'DELIVERED'"));
    }

    @Test
    void aFollowUpGivenUpIsSentWithItsPurposeAndTries() {
        register(List.of("follow_up.gave_up"));
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Wang"));
        String task = agent.request().body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                "dueAt", Instant.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        for (int i = 0; i < 3; i++) {
            agent.request().body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/follow-ups/" + task + "/attempts")
                    .then().statusCode(201);
        }
        agent.request().get("/api/v1/follow-ups/" + task).then().statusCode(200).body("status", equalTo("GAVE_UP"));

        WebhookReceiver.Received gaveUp = awaitEvents(task, 1).get(0);
        assertTrue(gaveUp.signatureValid());
        assertEquals("follow_up.gave_up", gaveUp.event());
        Map<String, Object> data = gaveUp.json().getJsonObject("data").getMap();
        assertEquals(task, data.get("followUpId"));
        assertEquals(customer, data.get("customerId"));
        assertEquals(agent.id().toString(), data.get("assigneeId"));
        assertEquals("SATISFACTION", data.get("purpose"));
        assertEquals(3, data.get("attempts"));
    }

    @Test
    void eventsNotSubscribedAreNeitherWrittenNorSent() {
        String webhook = register(List.of("retention_case.closed"));
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Zhao"));
        ComplaintData.createComplaint(agent, customer, Map.of());
        assertEquals(0L, count("select count(*) from webhook_delivery where webhook_id = '" + webhook + "'"));
        sender.sendDue();
        assertEquals(List.of(), List.copyOf(receiver.received));
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventOnTheFourthTryWithTheSameDeliveryId() {
        double delivered = counter("delivered");
        double retried = counter("retried");
        String webhook = register(List.of("complaint.opened"));
        receiver.failFirst(3);
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Sun"));
        String complaint = ComplaintData.createComplaint(agent, customer, Map.of());

        awaitUntil(() -> {
            sender.sendDue();
            return receiver.received.size() >= 4;
        }, Duration.ofSeconds(20));
        List<WebhookReceiver.Received> tries = List.copyOf(receiver.received);
        assertEquals(4, tries.size());
        assertEquals(1, tries.stream().map(WebhookReceiver.Received::delivery).distinct().count(), "one delivery id");
        assertEquals(1, tries.stream().map(WebhookReceiver.Received::body).distinct().count(), "the same body");
        assertTrue(tries.stream().allMatch(WebhookReceiver.Received::signatureValid));
        assertEquals(complaint, tries.get(0).json().getJsonObject("data").getString("complaintId"));

        JsonPath log = admin.request().get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(4, log.getInt("total"));
        // newest first: the DELIVERED fourth try, then three failures that were each to be tried again
        assertEquals(List.of("DELIVERED", "PENDING", "PENDING", "PENDING"), log.getList("items.state"));
        assertEquals(List.of(4, 3, 2, 1), log.getList("items.attempt"));
        assertEquals(List.of(204, 500, 500, 500), log.getList("items.statusCode"));
        assertEquals("HTTP 500", log.getString("items[3].error"));
        assertTrue(log.getString("items[3].nextAttemptAt") != null);
        assertEquals(List.of(tries.get(0).delivery()), log.getList("items.deliveryId").stream().distinct().toList());
        assertEquals(delivered + 1, counter("delivered"));
        assertEquals(retried + 3, counter("retried"));
    }

    @Test
    void aDeliveryWhoseSenderDiedIsSentOnceItsLeaseRunsOut() throws InterruptedException {
        String webhook = register(List.of("complaint.opened"));
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Qian"));
        ComplaintData.createComplaint(agent, customer, Map.of());

        // a sender claims the delivery and dies before posting or recording anything
        List<WebhookSender.Claimed> claimed = sender.claim();
        assertEquals(1, claimed.stream().filter(c -> c.webhookId().toString().equals(webhook)).count());
        assertEquals(1L, count("select count(*) from webhook_delivery where webhook_id = '" + webhook
                + "' and locked_until > now() and state = 'PENDING'"));
        sender.sendDue();
        assertEquals(List.of(), List.copyOf(receiver.received), "leased: no other sender takes it");

        Thread.sleep(3_200); // the test lease is 3 s
        awaitUntil(() -> {
            sender.sendDue();
            return !receiver.received.isEmpty();
        }, Duration.ofSeconds(10));
        assertEquals(claimed.get(0).id().toString(), receiver.received.getFirst().delivery());
        admin.request().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("total", is(1), "items[0].state", equalTo("DELIVERED"), "items[0].attempt", is(2));
    }

    @Test
    void deleteStopsDeliveries() {
        String webhook = register(List.of("complaint.opened"));
        String customer = TestData.createCustomer(agent, TestData.customerBody("Webhook Zhou"));
        ComplaintData.createComplaint(agent, customer, Map.of());
        assertEquals(1L, count("select count(*) from webhook_delivery where webhook_id = '" + webhook + "'"));

        admin.request().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        sender.sendDue();
        assertEquals(List.of(), List.copyOf(receiver.received));
        admin.request().get("/api/v1/webhooks/" + webhook).then().statusCode(404);
        admin.request().delete("/api/v1/webhooks/" + webhook).then().statusCode(404);
        assertEquals(0L, count("select count(*) from webhook_delivery where webhook_id = '" + webhook + "'"));
        // Where events go is a security decision: both ends of the webhook are in the audit trail, once each.
        assertEquals(1L, count("select count(*) from audit_entry where action = 'WEBHOOK_REGISTERED'"
                + " and detail like '" + webhook + " %'"));
        assertEquals(1L, count("select count(*) from audit_entry where action = 'WEBHOOK_DELETED'"
                + " and detail like '" + webhook + " %'"));
    }

    @Test
    void registrationAnswers201WithLocationAndNeverShowsTheSecret() {
        String key = TestData.unique("idem");
        Map<String, Object> body = body(receiver.url(), List.of("complaint.opened", "complaint.closed"));
        var created = admin.request().header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then()
                .statusCode(201).header("Location", startsWith("http")).body("url", equalTo(receiver.url()),
                        "events", contains("complaint.opened", "complaint.closed"), "createdBy", equalTo("admin"),
                        "$", not(hasKey("secret"))).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/webhooks/" + id));
        // a retry with the same key and body is the same answer, no second webhook; another secret is another body
        admin.request().header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .body("id", equalTo(id));
        Map<String, Object> other = new HashMap<>(body);
        other.put("secret", "another-secret-of-some-length");
        admin.request().header("Idempotency-Key", key).body(other).post("/api/v1/webhooks").then().statusCode(409);
        assertEquals(1L, count("select count(*) from webhook"));

        admin.request().get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        admin.request().get("/api/v1/webhooks").then().statusCode(200).body("total", is(1), "items[0].id",
                equalTo(id), "items[0]", not(hasKey("secret")));
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select secret_ciphertext from webhook where id = cast(?1 as uuid)").setParameter(1, id)
                .getSingleResult());
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(SECRET), "stored encrypted");
        assertFalse(admin.request().get("/api/v1/webhooks/" + id).asString().contains(SECRET));
    }

    @Test
    void badInputIs400ProblemAndNothingIsStored() {
        List<Map<String, Object>> bad = List.of(
                Map.of("events", List.of("complaint.opened"), "secret", SECRET),
                body("ftp://127.0.0.1/hook", List.of("complaint.opened")),
                body("not a url", List.of("complaint.opened")),
                body("https://user:pw@127.0.0.1/hook", List.of("complaint.opened")),
                body(receiver.url(), List.of("complaint.opened", "customer.deleted")),
                body(receiver.url(), List.of()),
                Map.of("url", receiver.url(), "events", List.of("complaint.opened"), "secret", "too-short"));
        List<String> fields = List.of("url", "url", "url", "url", "events[1]", "events", "secret");
        for (int i = 0; i < bad.size(); i++) {
            admin.request().body(bad.get(i)).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo(fields.get(i)));
        }
        admin.request().body(body(receiver.url(), List.of("customer.deleted"))).post("/api/v1/webhooks").then()
                .statusCode(400).body("violations[0].code", equalTo("webhook.events.unknown"));
        admin.request().body(body("https://no-such-host.invalid/hook", List.of("complaint.opened")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("violations[0].code", equalTo("webhook.url.unresolvable"));
        assertEquals(0L, count("select count(*) from webhook"));
    }

    @Test
    void onlyAdminsManageWebhooks() {
        String webhook = register(List.of("complaint.opened"));
        for (Caller caller : List.of(agent, TestData.as(Role.SUPERVISOR), TestData.as(Role.INTEGRATION))) {
            caller.request().body(body(receiver.url(), List.of("complaint.opened"))).post("/api/v1/webhooks").then()
                    .statusCode(403).contentType(Problem.MEDIA_TYPE);
            caller.request().get("/api/v1/webhooks").then().statusCode(403);
            caller.request().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(403);
            caller.request().delete("/api/v1/webhooks/" + webhook).then().statusCode(403);
        }
        given().get("/api/v1/webhooks").then().statusCode(401);
        assertEquals(1L, count("select count(*) from webhook"));
    }

    // ------------------------------------------------------------------ helpers

    private String register(List<String> events) {
        return admin.request().body(body(receiver.url(), events)).post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> body(String url, List<String> events) {
        return Map.of("url", url, "events", events, "secret", SECRET);
    }

    private void walkToClosed(String complaint) {
        agent.request().body(Map.of("note", "Called")).post("/api/v1/complaints/" + complaint + "/contact").then()
                .statusCode(200);
        agent.request().body(Map.of("note", "Working")).post("/api/v1/complaints/" + complaint + "/progress").then()
                .statusCode(200);
        agent.request().body(Map.of("resolution", "Refunded")).post("/api/v1/complaints/" + complaint + "/resolve")
                .then().statusCode(200);
        String task = agent.request().queryParam("complaintId", complaint).get("/api/v1/follow-ups").then()
                .statusCode(200).extract().path("items[0].id");
        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 5))
                .post("/api/v1/follow-ups/" + task + "/attempts").then().statusCode(201);
        agent.request().post("/api/v1/complaints/" + complaint + "/close").then().statusCode(200);
    }

    /** Runs the sender until {@code count} events naming {@code id} in their data have arrived. */
    private List<WebhookReceiver.Received> awaitEvents(String id, int count) {
        awaitUntil(() -> {
            sender.sendDue();
            return receiver.matching(r -> r.body().contains(id)).size() >= count;
        }, Duration.ofSeconds(15));
        List<WebhookReceiver.Received> got = receiver.matching(r -> r.body().contains(id));
        assertEquals(count, got.size(), "exactly once each: " + got);
        return got;
    }

    static void awaitUntil(BooleanSupplier done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + within);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private double counter(String outcome) {
        Counter counter = registry.find("vipcare.webhook.deliveries").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @SafeVarargs
    private static <T> java.util.Set<T> Set(T... items) {
        return java.util.Set.of(items);
    }
}
