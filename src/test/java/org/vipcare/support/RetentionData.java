package org.vipcare.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.Customer;
import org.vipcare.support.TestData.Caller;

/** Retention cases for tests, made through the API, and the facts only the database can fake. */
public final class RetentionData {

    public static final String BASE = "/api/v1/retention-cases";

    private RetentionData() {
    }

    /** Opens a case as {@code caller}; returns its id. */
    public static String open(Caller caller, String customerId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("customerId", customerId, "type", "SERVICE",
                "service", "International roaming", "channel", "PHONE"));
        body.putAll(overrides);
        return caller.request().body(body).post(BASE).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> probe(String realReason, boolean fixable, String attitude, int severity,
            int countermeasureCost) {
        Map<String, Object> body = new HashMap<>(Map.of("realReason", realReason, "fixable", fixable,
                "severity", severity, "countermeasureCost", countermeasureCost));
        if (attitude != null) {
            body.put("attitude", attitude);
        }
        return body;
    }

    public static void probe(Caller caller, String id, Map<String, Object> body) {
        caller.request().body(body).post(BASE + "/" + id + "/probe").then().statusCode(200);
    }

    /** Adds an offer; returns its id. */
    public static String offer(Caller caller, String id, String kind) {
        return caller.request().body(Map.of("kind", kind, "description", "Offer " + TestData.unique(kind),
                "monthlyValue", new BigDecimal("20.00"))).post(BASE + "/" + id + "/offers")
                .then().statusCode(201).extract().path("id");
    }

    public static void agree(Caller caller, String id, String offerId, String method) {
        caller.request().body(Map.of("offerId", offerId, "method", method)).post(BASE + "/" + id + "/agreement")
                .then().statusCode(200);
    }

    public static void close(Caller caller, String id, String outcome) {
        caller.request().body(Map.of("outcome", outcome)).post(BASE + "/" + id + "/close").then().statusCode(200);
    }

    /** Moves a case into another period, for stats that must not see anyone else's cases. */
    public static void openedAt(String caseId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update retention_case set opened_at = ?1 where id = ?2")
                .setParameter(1, at).setParameter(2, UUID.fromString(caseId)).executeUpdate());
    }
}
