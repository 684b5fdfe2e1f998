package org.vipcare.common;

import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

@QuarkusTest
class ConditionalReadsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"0\"", "W/\"0\"", "*", "\"7\", \"0\"", "\"7\",W/\"0\"" })
    void aMatchingIfNoneMatchAnswers304WithoutABody(String ifNoneMatch) {
        Caller admin = TestData.admin();
        String id = TestData.createCustomer(admin, TestData.customerBody("Unchanged"));
        admin.request().header("If-None-Match", ifNoneMatch).get("/api/v1/customers/" + id)
                .then().statusCode(304).header("ETag", "\"0\"").header("Cache-Control", "private, no-cache")
                .header("Content-Type", nullValue()).body(emptyString());
    }

    @Test
    void anotherVersionIsReadInFullAndTheOldTagNoLongerMatches() {
        Caller admin = TestData.admin();
        Map<String, Object> body = new HashMap<>(TestData.customerBody("Before"));
        String id = TestData.createCustomer(admin, body);
        String path = "/api/v1/customers/" + id;
        admin.request().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .header("Cache-Control", "private, no-cache").body("name", equalTo("Before"));
        admin.request().header("If-None-Match", "\"7\"").get(path).then().statusCode(200).body("id", equalTo(id));

        body.put("name", "After");
        admin.request().header("If-Match", "\"0\"").body(body).put(path).then().statusCode(200);
        admin.request().header("If-None-Match", "\"0\"").get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("After"));
        admin.request().header("If-None-Match", "\"1\"").get(path).then().statusCode(304);
    }

    @Test
    void a304DisclosesNothingSoOnlyTheFullUnmaskedReadIsAudited() {
        Caller admin = TestData.admin();
        String id = TestData.createCustomer(admin, TestData.customerBody("Audited once"));
        admin.request().get("/api/v1/customers/" + id).then().statusCode(200);
        admin.request().header("If-None-Match", "\"0\"").get("/api/v1/customers/" + id).then().statusCode(304);
        admin.request().header("If-None-Match", "\"0\"").get("/api/v1/customers/" + id).then().statusCode(304);

        UUID customerId = UUID.fromString(id);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "customerId = ?1 and action = ?2", customerId, AuditAction.READ_UNMASKED)));
    }

    @Test
    void everySingleResourceWithAnETagRevalidates() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(supervisor, TestData.customerBody("Complains"));
        String complaint = ComplaintData.createComplaint(supervisor, customer, Map.of());
        String tag = supervisor.request().get("/api/v1/complaints/" + complaint).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");
        supervisor.request().header("If-None-Match", tag).get("/api/v1/complaints/" + complaint)
                .then().statusCode(304).header("ETag", tag).body(emptyString());
    }

    @Test
    void listsAreNeverStoredAndIgnoreIfNoneMatch() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        supervisor.request().header("If-None-Match", "*").get("/api/v1/customers?size=1")
                .then().statusCode(200).header("Cache-Control", "private, no-store").header("ETag", nullValue())
                .body("items.size()", equalTo(1));
        supervisor.request().get("/api/v1/complaints").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
    }

    @Test
    void anUnknownResourceIsNotFoundWhateverIfNoneMatchSays() {
        TestData.admin().request().header("If-None-Match", "*")
                .get("/api/v1/customers/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").header("Cache-Control", nullValue());
    }
}
