package org.vipcare.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

/**
 * The daily BILL_ANALYSIS job on hand-computed spend. The clock is pinned at 2045-05-31 17:00 UTC, which is already
 * 1 June 01:00 in Shanghai: the last month is May (Shanghai), the 3 months before it February to April. No other test
 * records spend in 2045, so the job finds only this test's customers.
 */
@QuarkusTest
class BillAnalysisCallsTest {

    @Inject
    BillAnalysisCalls billAnalysis;

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

    @Test
    void goldCustomersWhoseLastMonthMovedMoreThanThirtyPercentGetOneCall() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller integration = TestData.as(Role.INTEGRATION);
        // February to April: 100 a month, average 100
        // exactly: May = 100 (1 May 00:30 Shanghai, still 30 April in UTC) + 30 = 130, +30 %: no call. 1000 on
        // 1 June 00:30 Shanghai (31 May in UTC) is June's.
        String exactly = customer(agent, Tier.GOLD);
        // moved: May 131, +31 %: a call
        String moved = customer(agent, Tier.DIAMOND);
        // dropped: May nothing but a visit, -100 %: a call
        String dropped = customer(agent, Tier.GOLD);
        // silver: as moved, but SILVER: no call
        String silver = customer(agent, Tier.SILVER);
        // open: as moved, with an open BILL_ANALYSIS call already: no second
        String open = customer(agent, Tier.GOLD);
        String openCall = agent.request().body(Map.of("customerId", open, "purpose", "BILL_ANALYSIS",
                "dueAt", "2045-06-20T02:00:00Z")).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        // new: nothing before May, 500 in May: no average to differ from, no call
        String fresh = customer(agent, Tier.GOLD);

        clock.pin(Instant.parse("2045-05-31T17:00:00Z"));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (String c : List.of(exactly, moved, dropped, silver, open)) {
            batch.add(spend(c, "2045-02-10T04:00:00Z", "60.00"));
            batch.add(spend(c, "2045-02-20T04:00:00Z", "40.00"));
            batch.add(spend(c, "2045-03-15T04:00:00Z", "100.00"));
            batch.add(spend(c, "2045-04-15T04:00:00Z", "100.00"));
        }
        batch.add(spend(exactly, "2045-04-30T16:30:00Z", "100.00"));
        batch.add(spend(exactly, "2045-05-20T04:00:00Z", "30.00"));
        batch.add(spend(exactly, "2045-05-31T16:30:00Z", "1000.00"));
        for (String c : List.of(moved, silver, open)) {
            batch.add(spend(c, "2045-05-20T04:00:00Z", "131.00"));
        }
        batch.add(Map.of("customerId", dropped, "occurredAt", "2045-05-20T04:00:00Z", "kind", "VISIT",
                "externalId", TestData.unique("V")));
        batch.add(spend(fresh, "2045-05-20T04:00:00Z", "500.00"));
        integration.request().body(batch).post("/api/v1/consumption-records").then().statusCode(200)
                .body("accepted", is(batch.size()));

        assertTrue(billAnalysis.create() >= 2);

        // Due at the customer's first contact slot from now: 1 June (a Thursday) 09:00 in Shanghai
        agent.request().queryParam("customerId", moved).queryParam("purpose", "BILL_ANALYSIS")
                .get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(1), "items[0].dueAt", equalTo("2045-06-01T01:00:00Z"),
                        "items[0].assigneeId", equalTo(agent.id().toString()), "items[0].status", equalTo("OPEN"),
                        "items[0].brief", equalTo("BILL_ANALYSIS"),
                        "items[0].note", containsString("Spend in 2045-05: 131.00 against 100.00 a month before"));
        assertEquals(1, calls(dropped));
        assertEquals(0, calls(exactly));
        assertEquals(0, calls(silver));
        assertEquals(0, calls(fresh));
        assertEquals(List.of(openCall), ids(open));

        // Again the next day: the open call stays the only one; done, none is made again this month
        clock.pin(Instant.parse("2045-06-01T17:00:00Z"));
        billAnalysis.create();
        assertEquals(1, calls(moved));
        String call = agent.request().queryParam("customerId", moved).queryParam("purpose", "BILL_ANALYSIS")
                .get("/api/v1/follow-ups").then().extract().path("items[0].id");
        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 4)).post("/api/v1/follow-ups/" + call
                + "/attempts").then().statusCode(201).body("followUp.status", equalTo("DONE"));
        billAnalysis.create();
        assertEquals(1, calls(moved));
        assertEquals(List.of(openCall), ids(open));
    }

    private static String customer(Caller agent, Tier tier) {
        String id = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Bill")));
        TestData.setTier(id, tier, false);
        return id;
    }

    private static Map<String, Object> spend(String customer, String at, String amount) {
        return Map.of("customerId", customer, "occurredAt", at, "kind", "SPEND", "amount", new BigDecimal(amount),
                "externalId", TestData.unique("B"));
    }

    private long calls(String customer) {
        return ids(customer).size();
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<UUID>) em.createNativeQuery(
                "select id from follow_up where customer_id = ?1 and purpose = 'BILL_ANALYSIS'")
                .setParameter(1, UUID.fromString(customer)).getResultList()).stream().map(UUID::toString).toList());
    }
}
