package org.vipcare.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.Customer;
import org.vipcare.support.TestData.Caller;

/** Complaints for tests, made through the API, and the one fact about them only the database can fake. */
public final class ComplaintData {

    private ComplaintData() {
    }

    public static Map<String, Object> complaintBody(String customerId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId", customerId,
                "channel", "PHONE",
                "category", "BILLING",
                "summary", "Charged twice for " + TestData.unique("plan"),
                "demand", "Refund"));
        body.putAll(overrides);
        return body;
    }

    /** Records a complaint as {@code caller}; returns its id. */
    public static String createComplaint(Caller caller, String customerId, Map<String, Object> overrides) {
        return caller.request().body(complaintBody(customerId, overrides)).post("/api/v1/complaints")
                .then().statusCode(201).extract().path("id");
    }

    /** Moves a complaint's resolution back in time, to test the reopening window. */
    public static void resolvedAt(String complaintId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update complaint set resolved_at = ?1 where id = ?2")
                .setParameter(1, at).setParameter(2, UUID.fromString(complaintId)).executeUpdate());
    }
}
