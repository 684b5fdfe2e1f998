package org.vipcare.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.Customer;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

/** Complaints and follow-ups for tests, made through the API, and the few facts only the database can fake. */
public final class ComplaintData {

    private ComplaintData() {
    }

    /** Now, to the second, so that times written and read back compare equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
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

    /** Sets derived fields that only the tier engine writes, which would need a whole population to produce. */
    public static void setTier(String customerId, Tier tier, boolean watch) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set tier = ?1, watch = ?2 where customer_id = ?3")
                .setParameter(1, tier.name()).setParameter(2, watch).setParameter(3, UUID.fromString(customerId))
                .executeUpdate());
    }

    /** Moves a complaint's resolution back in time, to test the reopening window. */
    public static void resolvedAt(String complaintId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update complaint set resolved_at = ?1 where id = ?2")
                .setParameter(1, at).setParameter(2, UUID.fromString(complaintId)).executeUpdate());
    }

    public static long count(String table, String column, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Customer.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }
}
