package org.vipcare.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.TierHistory;

@QuarkusTest
class CustomerResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void listFiltersByManagerAndSortsByValueClass() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        Caller colleague = TestData.newUser(Role.AGENT);
        String prefix = TestData.unique("Managed");
        UUID first = TestData.newCustomer(prefix + " A", agent.id(), TestData.mobile());
        UUID second = TestData.newCustomer(prefix + " B", agent.id(), TestData.mobile());
        TestData.newCustomer(prefix + " C", colleague.id(), TestData.mobile());
        QuarkusTransaction.requiringNew().run(() -> TierHistory.getEntityManager()
                .createNativeQuery("update customer_standing set value_class = case customer_id when ?1 then 'D'"
                        + " else 'A' end where customer_id in (?1, ?2)")
                .setParameter(1, first).setParameter(2, second).executeUpdate());

        supervisor.request().queryParam("managerId", agent.id().toString()).queryParam("q", prefix)
                .queryParam("sort", "valueClass,asc").get("/api/v1/customers")
                .then().statusCode(200)
                .body("total", equalTo(2), "items.name", contains(prefix + " B", prefix + " A"),
                        "items.managerId", everyItem(equalTo(agent.id().toString())));
        supervisor.request().queryParam("managerId", agent.id().toString()).queryParam("q", prefix)
                .queryParam("sort", "valueClass,desc").get("/api/v1/customers")
                .then().statusCode(200).body("items.name", contains(prefix + " A", prefix + " B"));
        // an agent lists its own book, or a colleague's (masked)
        agent.request().queryParam("managerId", colleague.id().toString()).queryParam("q", prefix)
                .get("/api/v1/customers").then().statusCode(200)
                .body("items.name", contains(prefix + " C"), "items[0].masked", is(true));
        supervisor.request().queryParam("managerId", "not-a-user").get("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("managerId"));
        supervisor.request().queryParam("sort", "mobile,asc").get("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("sort"));
    }

    @Test
    void createsACustomerWithDefaultsForDerivedFields() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String ref = TestData.unique("CRM");
        String location = integration.request()
                .body(TestData.customerBody("Zhang Wei", Map.of("externalRef", ref, "joinedAt", "2020-01-15",
                        "preferredContactWindow", Map.of("from", "09:00", "to", "18:00"), "paymentType", "POSTPAID")))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("externalRef", equalTo(ref), "name", equalTo("Zhang Wei"), "tier", equalTo("ORDINARY"),
                        "watch", is(false), "valueClass", equalTo("D"), "loyaltyType", equalTo("ZERO"),
                        "lifecycleStage", equalTo("STABLE"),
                        "recommendedAction", equalTo("WIDEN_SERVICE_VALUE_AND_RECOMMEND_PRODUCTS"),
                        "windowSpend", is(0), "preferredContactWindow.from", equalTo("09:00:00"),
                        "masked", is(true), "phones.mobile", startsWith("139****"))
                .extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Customer stored = QuarkusTransaction.requiringNew().call(() -> Customer.findById(id));
        assertEquals(ref, stored.externalRef);
        assertEquals(PaymentType.POSTPAID, stored.paymentType);
        long history = QuarkusTransaction.requiringNew().call(() -> TierHistory.count("customerId", id));
        assertEquals(1, history);
    }

    @Test
    void refusesInvalidInputWithFieldViolationsAndStoresNothing() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String ref = TestData.unique("BAD");
        supervisor.request()
                .body(Map.of("externalRef", ref, "name", " ", "type", "INDIVIDUAL", "email", "not-an-email",
                        "phones", Map.of("office", "x")))
                .post("/api/v1/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"), "status", is(400), "instance", equalTo("/api/v1/customers"),
                        "violations.field", containsInAnyOrder("name", "email", "phones.office"));
        supervisor.request().body(Map.of("externalRef", ref, "name", "No Mobile", "type", "INDIVIDUAL"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("violations.field", contains("phones.mobile"));
        supervisor.request().body(Map.of("externalRef", ref, "name", "Bad type", "type", "ROBOT"))
                .post("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("type"));
        supervisor.request().body("{not json").post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Customer.count("externalRef", ref)));
    }

    @Test
    void wrongMediaTypeAndUnknownIdsAreProblems() {
        Caller agent = TestData.as(Role.AGENT);
        agent.request().contentType(ContentType.TEXT).body("name=x").post("/api/v1/customers")
                .then().statusCode(415).contentType("application/problem+json");
        agent.request().get("/api/v1/customers/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not found"));
        agent.request().accept("application/xml").get("/api/v1/customers/" + UUID.randomUUID())
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void duplicateExternalRefIsAConflict() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String ref = TestData.unique("DUP");
        TestData.createCustomer(integration, TestData.customerBody("First", Map.of("externalRef", ref)));
        integration.request().body(TestData.customerBody("Second", Map.of("externalRef", ref)))
                .post("/api/v1/customers")
                .then().statusCode(409).body("type", endsWith("/duplicate"));
    }

    @Test
    void onlyTheManagerSupervisorsAndAdminsSeePersonalNumbersAndThoseReadsAreAudited() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String mobile = TestData.mobile();
        String number = TestData.idNumber();
        String id = TestData.createCustomer(owner, TestData.customerBody("Owned", Map.of("phones",
                Map.of("mobile", mobile), "idDocument", Map.of("type", "ID_CARD", "number", number))));

        owner.request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("managerId", equalTo(owner.id().toString()), "masked", is(false),
                        "phones.mobile", equalTo(mobile), "idDocument.number", equalTo(number));
        other.request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("masked", is(true), "phones.mobile", equalTo(mobile.substring(0, 3) + "****"
                        + mobile.substring(7)), "idDocument.number", equalTo("110***********1234"));
        TestData.as(Role.SUPERVISOR).request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("phones.mobile", equalTo(mobile));
        TestData.as(Role.INTEGRATION).request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("masked", is(true));

        UUID customerId = UUID.fromString(id);
        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.list("customerId = ?1 and action = ?2", customerId, AuditAction.READ_UNMASKED));
        assertEquals(List.of(owner.username(), TestData.as(Role.SUPERVISOR).username()),
                entries.stream().map(e -> e.actor).sorted((a, b) -> a.equals(owner.username()) ? -1 : 1).toList());
    }

    @Test
    void aListPageShownInFullIsAuditedOncePerCustomerShown() {
        Caller owner = TestData.newUser(Role.AGENT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Listed"))));
        }
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        List<String> shown = supervisor.request().queryParam("managerId", owner.id()).queryParam("size", 2)
                .get("/api/v1/customers").then().statusCode(200).body("items.masked", everyItem(is(false)))
                .extract().path("items.id");

        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.list("actor = ?1 and action = ?2", supervisor.username(), AuditAction.READ_UNMASKED));
        assertEquals(shown.stream().sorted().toList(),
                entries.stream().map(e -> e.customerId.toString()).sorted().toList(), "the two shown, not the third");
        entries.forEach(e -> {
            assertEquals("list", e.detail);
            assertEquals("GET /api/v1/customers", e.endpoint);
        });
        assertTrue(ids.containsAll(shown));
    }

    @Test
    void aMaskedIdentityNumberSentBackIsRefusedAndTheRealOneStays() {
        Caller owner = TestData.newUser(Role.AGENT);
        String number = TestData.idNumber();
        String id = TestData.createCustomer(owner, TestData.customerBody("Masked echo", Map.of("idDocument",
                Map.of("type", "ID_CARD", "number", number))));
        Map<String, Object> echoed = TestData.customerBody("Masked echo", Map.of("idDocument",
                Map.of("type", "ID_CARD", "number", "110***********1234")));

        TestData.as(Role.INTEGRATION).request().header("If-Match", "\"0\"").body(echoed)
                .put("/api/v1/customers/" + id)
                .then().statusCode(400).body("violations.field", hasItem("idDocument.number"));
        owner.request().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("idDocument.number", equalTo(number), "version", is(0));
    }

    @Test
    void updatesNeedTheCurrentVersionAndStaleWritesChangeNothing() {
        Caller owner = TestData.newUser(Role.AGENT);
        Map<String, Object> body = TestData.customerBody("Before");
        String id = TestData.createCustomer(owner, body);
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("name", "After");

        owner.request().body(changed).put("/api/v1/customers/" + id)
                .then().statusCode(428).body("type", endsWith("/precondition-required"));
        owner.request().header("If-Match", "\"7\"").body(changed).put("/api/v1/customers/" + id)
                .then().statusCode(412).body("type", endsWith("/precondition-failed"));
        assertEquals("Before", name(id));

        owner.request().header("If-Match", "\"0\"").body(changed).put("/api/v1/customers/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("After"), "version", is(1));
        assertEquals("After", name(id));
        owner.request().header("If-Match", "\"0\"").body(body).put("/api/v1/customers/" + id)
                .then().statusCode(412);
        assertEquals("After", name(id));
    }

    @Test
    void agentsWriteOnlyTheirOwnCustomers() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        Map<String, Object> body = TestData.customerBody("Mine");
        String id = TestData.createCustomer(owner, body);

        other.request().header("If-Match", "\"0\"").body(TestData.customerBody("Taken", Map.of(
                "externalRef", body.get("externalRef")))).put("/api/v1/customers/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        other.request().body(TestData.customerBody("For someone else", Map.of("managerId", owner.id().toString())))
                .post("/api/v1/customers").then().statusCode(403);
        owner.request().header("If-Match", "\"0\"").body(TestData.customerBody("Handed over", Map.of(
                "externalRef", body.get("externalRef"), "managerId", other.id().toString())))
                .put("/api/v1/customers/" + id).then().statusCode(403);
        assertEquals("Mine", name(id));

        TestData.as(Role.SUPERVISOR).request().header("If-Match", "\"0\"").body(TestData.customerBody("Reassigned",
                Map.of("externalRef", body.get("externalRef"), "managerId", other.id().toString())))
                .put("/api/v1/customers/" + id).then().statusCode(200).body("managerId", equalTo(other.id().toString()));
        TestData.as(Role.SUPERVISOR).request().body(TestData.customerBody("Bad manager",
                Map.of("managerId", UUID.randomUUID().toString())))
                .post("/api/v1/customers").then().statusCode(400).body("violations.field", hasItem("managerId"));
    }

    @Test
    void searchesFiltersSortsAndPages() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String token = TestData.unique("needle").toLowerCase();
        String mobile = TestData.mobile();
        TestData.createCustomer(supervisor, TestData.customerBody("Bravo " + token, Map.of("type", "HOUSEHOLD",
                "phones", Map.of("mobile", mobile))));
        TestData.createCustomer(supervisor, TestData.customerBody("Alpha " + token.toUpperCase()));
        String ref = TestData.unique("REF");
        TestData.createCustomer(supervisor, TestData.customerBody("Charlie", Map.of("externalRef", ref,
                "joinedAt", java.time.LocalDate.now().minusDays(10).toString())));

        supervisor.request().queryParam("q", token).queryParam("sort", "name,asc").get("/api/v1/customers")
                .then().statusCode(200).body("total", is(2), "items.name", contains("Alpha " + token.toUpperCase(),
                        "Bravo " + token), "page", is(0), "size", is(20));
        supervisor.request().queryParam("q", token).queryParam("sort", "name,desc").queryParam("size", 1)
                .queryParam("page", 1).get("/api/v1/customers")
                .then().statusCode(200).body("total", is(2), "items.name", contains("Alpha " + token.toUpperCase()));
        supervisor.request().queryParam("q", token).queryParam("type", "HOUSEHOLD").get("/api/v1/customers")
                .then().body("total", is(1), "items[0].phones.mobile", equalTo(mobile));
        supervisor.request().queryParam("q", mobile).get("/api/v1/customers").then().body("total", is(1));
        supervisor.request().queryParam("q", ref).queryParam("lifecycleStage", "OBSERVATION")
                .get("/api/v1/customers").then().body("total", is(1), "items[0].lifecycleStage",
                        equalTo("OBSERVATION"));
        supervisor.request().queryParam("q", ref).queryParam("lifecycleStage", "STABLE").get("/api/v1/customers")
                .then().body("total", is(0));
        supervisor.request().queryParam("tier", "ORDINARY").queryParam("watch", "false").queryParam("size", 5)
                .get("/api/v1/customers").then().statusCode(200)
                .body("items.tier", everyItem(equalTo("ORDINARY")));
    }

    @Test
    void badListParametersAreRefusedAndSearchIsInjectionProof() {
        Caller agent = TestData.as(Role.AGENT);
        agent.request().queryParam("sort", "password,asc").get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
        agent.request().queryParam("size", 500).get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        agent.request().queryParam("page", "x").get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));
        agent.request().queryParam("tier", "PLATINUM").get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("tier"));
        agent.request().queryParam("managerId", "nobody").get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("managerId"));
        agent.request().queryParam("q", "zz' or '1'='1").get("/api/v1/customers")
                .then().statusCode(200).body("total", is(0));
        agent.request().queryParam("q", "%").queryParam("type", "ENTERPRISE")
                .queryParam("sort", "name;drop table customer").get("/api/v1/customers").then().statusCode(400);
        agent.request().queryParam("q", "100%_sure").get("/api/v1/customers").then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void erasureAnonymisesAndHidesTheCustomer() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String ref = TestData.unique("ERASE");
        String id = TestData.createCustomer(integration, TestData.customerBody("To Be Forgotten",
                Map.of("externalRef", ref)));

        TestData.as(Role.SUPERVISOR).request().delete("/api/v1/customers/" + id).then().statusCode(403);
        Caller admin = TestData.admin();
        admin.request().delete("/api/v1/customers/" + id).then().statusCode(204);
        admin.request().get("/api/v1/customers/" + id).then().statusCode(404);
        admin.request().delete("/api/v1/customers/" + id).then().statusCode(404);
        admin.request().queryParam("q", ref).get("/api/v1/customers").then().body("total", is(0));

        Customer erased = QuarkusTransaction.requiringNew().call(() -> Customer.findById(UUID.fromString(id)));
        assertNotNull(erased.erasedAt);
        assertNull(erased.phoneMobile);
        assertNull(erased.idDocNumber);
        assertNull(erased.externalRef);
        Object standingErased = QuarkusTransaction.requiringNew().call(() -> Customer.getEntityManager()
                .createNativeQuery("select erased from customer_standing where customer_id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
        assertEquals(Boolean.TRUE, standingErased, "the standing carries the erasure: counts by tier leave it out");
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "customerId = ?1 and action = ?2", UUID.fromString(id), AuditAction.ERASE));
        assertEquals(1, audited);
    }

    @Test
    void retriedPostsWithTheSameIdempotencyKeyCreateOneCustomer() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = TestData.customerBody("Once Only");
        ExtractableResponse<Response> first = integration.request().header("Idempotency-Key", key).body(body)
                .post("/api/v1/customers").then().statusCode(201).extract();
        ExtractableResponse<Response> replay = integration.request().header("Idempotency-Key", key).body(body)
                .post("/api/v1/customers").then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        // The replay is the first answer again, byte for byte, with the headers a client acts on.
        assertEquals(first.asString(), replay.asString());
        for (String header : List.of("Location", "ETag", "Content-Type")) {
            assertEquals(first.header(header), replay.header(header), header);
        }
        assertEquals("\"0\"", replay.header("ETag"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(
                () -> Customer.count("externalRef", body.get("externalRef"))));

        integration.request().header("Idempotency-Key", key).body(TestData.customerBody("Other body"))
                .post("/api/v1/customers")
                .then().statusCode(409).body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    void timelineShowsConsumptionAndTierChangesNewestFirst() {
        Caller integration = TestData.as(Role.INTEGRATION);
        String ref = TestData.unique("TL");
        String id = TestData.createCustomer(integration, TestData.customerBody("Timeline", Map.of("externalRef", ref)));
        integration.request().body(List.of(
                Map.of("customerExternalRef", ref, "occurredAt", "2026-01-05T10:00:00Z", "amount", new BigDecimal("120.50"),
                        "kind", "SPEND", "externalId", TestData.unique("E")),
                Map.of("customerId", id, "occurredAt", "2026-02-05T10:00:00+08:00", "kind", "VISIT")))
                .post("/api/v1/consumption-records").then().statusCode(200).body("accepted", is(2));

        TestData.as(Role.AGENT).request().get("/api/v1/customers/" + id + "/timeline")
                .then().statusCode(200)
                .body("total", is(3), "items.kind", contains("TIER_CHANGE", "CONSUMPTION", "CONSUMPTION"),
                        "items[1].summary", equalTo("VISIT"), "items[2].summary", equalTo("SPEND 120.50"),
                        "items[2].at", equalTo("2026-01-05T10:00:00Z"));
        TestData.as(Role.AGENT).request().get("/api/v1/customers/" + id + "/tier-history")
                .then().statusCode(200).body("total", is(1), "items[0].toTier", equalTo("ORDINARY"),
                        "items[0].fromTier", nullValue(), "items[0].changedAt", notNullValue());
        integration.request().get("/api/v1/customers/" + id + "/timeline").then().statusCode(403);
    }

    @Test
    void rolesAreEnforced() {
        given().get("/api/v1/customers").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/customers").then().statusCode(401)
                .contentType("application/problem+json");
        TestData.as(Role.AGENT).request().get("/api/v1/customers/export").then().statusCode(403)
                .contentType("application/problem+json");
        TestData.as(Role.AGENT).request().contentType("text/csv").body("externalRef,name,type\n")
                .post("/api/v1/customers/import").then().statusCode(403);
    }

    private static String name(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Customer.<Customer>findById(UUID.fromString(id)).name);
    }
}
