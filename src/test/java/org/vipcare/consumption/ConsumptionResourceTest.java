package org.vipcare.consumption;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class ConsumptionResourceTest {

    @Inject
    EntityManager em;

    @Test
    void storesValidRecordsReportsBadOnesAndIgnoresResentExternalIds() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String ref = TestData.unique("CONS");
        String id = TestData.createCustomer(integration, TestData.customerBody("Buyer", Map.of("externalRef", ref)));
        String pos = TestData.unique("POS");
        List<Map<String, Object>> batch = List.of(
                Map.of("customerExternalRef", ref, "occurredAt", "2026-10-01T10:00:00+08:00", "amount", new BigDecimal("388.00"),
                        "kind", "BOTH", "externalId", pos),
                Map.of("customerId", id, "occurredAt", "2026-10-02T10:00:00Z", "kind", "VISIT"),
                Map.of("customerId", UUID.randomUUID().toString(), "occurredAt", "2026-10-02T10:00:00Z",
                        "kind", "VISIT"),
                Map.of("customerId", id, "occurredAt", "2026-10-02T10:00:00Z", "kind", "SPEND", "amount", -5),
                Map.of("customerExternalRef", ref, "occurredAt", "2099-01-01T00:00:00Z", "kind", "VISIT"));
        integration.request().body(batch).post("/api/v1/consumption-records")
                .then().statusCode(200)
                .body("accepted", is(2), "duplicates", is(0), "rejected.index", contains(2, 3, 4),
                        "rejected[0].violations[0].field", equalTo("customerId"),
                        "rejected[2].violations[0].field", equalTo("occurredAt"));
        integration.request().body(List.of(batch.get(0))).post("/api/v1/consumption-records")
                .then().statusCode(200).body("accepted", is(0), "duplicates", is(1));
        assertEquals(2L, count(id));
    }

    @Test
    void batchesAreLimitedAndRolesEnforced() {
        Caller integration = TestData.as(Role.INTEGRATION);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Map.of("customerId", UUID.randomUUID().toString(), "occurredAt", "2026-10-02T10:00:00Z",
                    "kind", "VISIT"));
        }
        integration.request().body(tooMany).post("/api/v1/consumption-records").then().statusCode(400);
        integration.request().body(List.of()).post("/api/v1/consumption-records").then().statusCode(400);
        TestData.as(Role.AGENT).request().body(List.of()).post("/api/v1/consumption-records").then().statusCode(403);
        TestData.as(Role.SUPERVISOR).request().body(List.of()).post("/api/v1/consumption-records")
                .then().statusCode(403);
    }

    private long count(String customerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from consumption_record where customer_id = ?1")
                .setParameter(1, UUID.fromString(customerId)).getSingleResult()).longValue());
    }
}
