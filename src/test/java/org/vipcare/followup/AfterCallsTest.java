package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.common.Idempotency;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * After-calls (SPEC 8) through the consumption API: a PURCHASE record makes one AFTER_PURCHASE call, a REPAIR one
 * AFTER_REPAIR call, for the customer's manager, inside the contact window on a working day and within the configured
 * days (3 and 2); USAGE makes none; a replayed batch makes nothing twice. The clock is pinned where the UTC and the
 * Shanghai dates differ; the days of 2043 used here are declared and removed by the tests themselves.
 */
@QuarkusTest
class AfterCallsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Test
    void aPurchaseAndARepairMakeOneCallEachOnceWhateverReplaysTheBatch() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller integration = TestData.as(Role.INTEGRATION);
        String customer = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Buyer")));
        // Wednesday 17:00 UTC is Thursday 01:00 in Shanghai; the records happened half an hour before
        clock.pin(Instant.parse("2043-03-04T17:00:00Z"));
        String occurred = "2043-03-04T16:30:00Z";
        String purchase = TestData.unique("POS");
        String repair = TestData.unique("RPR");
        List<Map<String, Object>> batch = List.of(
                record(customer, occurred, "BOTH", "1999.00", purchase, "PURCHASE"),
                record(customer, occurred, "SPEND", "120.00", repair, "REPAIR"),
                record(customer, occurred, "SPEND", "30.00", TestData.unique("USE"), "USAGE"),
                record(customer, occurred, "VISIT", null, TestData.unique("VIS"), null));

        integration.request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                .body("accepted", is(4), "duplicates", is(0));
        // The same batch again, then twice under one Idempotency-Key: the records are known, no call is made twice
        integration.request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                .body("accepted", is(0), "duplicates", is(4));
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            integration.request().header(Idempotency.HEADER, key).body(batch).post("/api/v1/consumption-records")
                    .then().statusCode(200).body("accepted", is(0), "duplicates", is(4));
        }

        // Thursday 00:30 in Shanghai + a day is Friday 00:30: the call falls due at 09:00 that Friday
        String friday9 = shanghai("2043-03-06T09:00").toString();
        agent.request().queryParam("customerId", customer).queryParam("purpose", "AFTER_PURCHASE")
                .get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(1), "items[0].dueAt", equalTo(friday9),
                        "items[0].assigneeId", equalTo(agent.id().toString()), "items[0].status", equalTo("OPEN"),
                        "items[0].brief", equalTo("AFTER_PURCHASE"),
                        "items[0].note", equalTo("Purchase on 2043-03-05: call within 3 days to ask how it serves the"
                                + " customer (新购回访)"));
        agent.request().queryParam("customerId", customer).queryParam("purpose", "AFTER_REPAIR")
                .get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(1), "items[0].dueAt", equalTo(friday9), "items[0].brief", equalTo("AFTER_REPAIR"));
        agent.request().queryParam("customerId", customer).get("/api/v1/follow-ups").then().body("total", is(2));
        // The purpose is returned on the customer's timeline
        agent.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .statusCode(200).body("items.summary", hasItems("BOTH 1999.00 PURCHASE", "SPEND 120.00 REPAIR",
                        "SPEND 30.00", "VISIT"));

        // In the database: the purposes as sent (USAGE by default), one call per PURCHASE/REPAIR record
        assertEquals(List.of("PURCHASE", "REPAIR", "USAGE", "USAGE"), sql("""
                select purpose from consumption_record where customer_id = ?1
                 order by case purpose when 'PURCHASE' then 0 when 'REPAIR' then 1 else 2 end""", customer));
        assertEquals(List.of("AFTER_PURCHASE:" + purchase, "AFTER_REPAIR:" + repair), sql("""
                select f.purpose || ':' || r.external_id from follow_up f
                  join consumption_record r on r.id = f.consumption_record_id
                 where f.customer_id = ?1 order by f.purpose""", customer));
    }

    @Test
    void aWeekendOrHolidayNeverPushesTheCallPastItsDaysAndAnUnknownPurposeIsRefused() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        Caller integration = TestData.as(Role.INTEGRATION);
        String customer = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Weekend")));
        String monday = "/api/v1/calendar/days/2043-03-09";
        try {
            // Friday 10:00 in Shanghai; stored half an hour later
            clock.pin(shanghai("2043-03-06T10:30"));
            String friday10 = shanghai("2043-03-06T10:00").toString();
            integration.request().body(List.of(record(customer, friday10, "SPEND", "80.00", TestData.unique("R1"),
                    "REPAIR"), record(customer, friday10, "BOTH", "300.00", TestData.unique("P1"), "PURCHASE")))
                    .post("/api/v1/consumption-records").then().statusCode(200).body("accepted", is(2));
            // Purchase: a day later is Saturday, the first slot Monday 09:00, within 3 days
            due(agent, customer, "AFTER_PURCHASE", shanghai("2043-03-09T09:00"));
            // Repair: Monday 09:00 is past its 2 days, so the first slot from the record: Friday 10:30, now
            due(agent, customer, "AFTER_REPAIR", shanghai("2043-03-06T10:30"));

            // With the Monday a holiday, Tuesday would be past the purchase's 3 days too: the first slot it is
            supervisor.request().body(Map.of("kind", "HOLIDAY", "name", "Test holiday")).put(monday).then()
                    .statusCode(201);
            String other = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Holiday")));
            integration.request().body(List.of(record(other, friday10, "BOTH", "300.00", TestData.unique("P2"),
                    "PURCHASE"))).post("/api/v1/consumption-records").then().statusCode(200).body("accepted", is(1));
            due(agent, other, "AFTER_PURCHASE", shanghai("2043-03-06T10:30"));

            // An unknown purpose refuses the batch: nothing stored, no call
            String refused = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Refused")));
            integration.request().body(List.of(record(refused, friday10, "SPEND", "5.00", TestData.unique("G"),
                    "GIFT"))).post("/api/v1/consumption-records").then().statusCode(400);
            assertEquals(0, TestData.count("consumption_record", "customer_id", refused));
            assertEquals(0, TestData.count("follow_up", "customer_id", refused));
        } finally {
            supervisor.request().delete(monday);
        }
    }

    private static void due(Caller agent, String customer, String purpose, Instant dueAt) {
        agent.request().queryParam("customerId", customer).queryParam("purpose", purpose).get("/api/v1/follow-ups")
                .then().statusCode(200).body("total", is(1), "items.dueAt", contains(dueAt.toString()));
    }

    private static Map<String, Object> record(String customer, String occurredAt, String kind, String amount,
            String externalId, String purpose) {
        Map<String, Object> record = new HashMap<>(Map.of("customerId", customer, "occurredAt", occurredAt,
                "kind", kind, "externalId", externalId));
        if (amount != null) {
            record.put("amount", new java.math.BigDecimal(amount));
        }
        if (purpose != null) {
            record.put("purpose", purpose);
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private List<String> sql(String query, String customer) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query)
                .setParameter(1, UUID.fromString(customer)).getResultList());
    }
}
