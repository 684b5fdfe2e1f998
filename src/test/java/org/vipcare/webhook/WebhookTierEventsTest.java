package org.vipcare.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.IsolatedDatabase;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierEvaluations;

/**
 * customer.tier_changed from a real tier evaluation: the run's changes go to the outbox in one statement, in the run's
 * transaction. On the isolated database, since a run evaluates the whole book.
 */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
class WebhookTierEventsTest {

    private static final String SECRET = "whsec_tier_0123456789abcdef";

    @Inject
    TierEvaluations evaluations;

    @Inject
    WebhookSender sender;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aTierRunSendsEachChangeOnceWithItsFromAndTo() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook").executeUpdate());
        Caller manager = TestData.newUser(Role.AGENT);
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            String webhook = TestData.admin().request().body(Map.of("url", receiver.url(),
                    "events", List.of("customer.tier_changed"), "secret", SECRET)).post("/api/v1/webhooks")
                    .then().statusCode(201).extract().path("id");
            // a DIAMOND customer without a single purchase falls to ORDINARY in the next run
            String customer = TestData.createCustomer(manager, TestData.customerBody(TestData.unique("Tier hook"),
                    Map.of("managerId", manager.id().toString())));
            TestData.setTier(customer, Tier.DIAMOND, false);

            TierEvaluationDto run = evaluations.runNow("webhook-test");
            assertEquals("DONE", run.status().name());
            long written = ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select count(*) from webhook_delivery where webhook_id = cast(?1 as uuid)")
                    .setParameter(1, webhook).getSingleResult())).longValue();
            assertEquals((long) run.upgraded() + run.downgraded(), written, "one delivery per change");

            WebhookResourceTest.awaitUntil(() -> {
                sender.sendDue();
                return receiver.received.stream().anyMatch(r -> r.body().contains(customer));
            }, Duration.ofSeconds(20));
            List<WebhookReceiver.Received> mine = receiver.matching(r -> r.body().contains(customer));
            assertEquals(1, mine.size());
            WebhookReceiver.Received change = mine.get(0);
            assertTrue(change.signatureValid());
            assertEquals("customer.tier_changed", change.event());
            assertEquals("customer.tier_changed", change.json().getString("event"));
            java.time.Instant.parse(change.json().getString("occurredAt"));
            Map<String, Object> data = change.json().getJsonObject("data").getMap();
            assertEquals(Map.of("customerId", customer, "managerId", manager.id().toString(), "fromTier", "DIAMOND",
                    "toTier", "ORDINARY", "evaluationId", run.id().toString(), "policyVersion",
                    run.policyVersion()), data);
        }
    }
}
