package org.vipcare.product;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
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

/** A customer's products through the HTTP API, and the customer list's "contracts ending within N days" filter. */
@QuarkusTest
class ProductResourceTest {

    private static final String VIN = "LSVAU2180N2183456";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theManagerKeepsProductsOthersSeeThemMasked() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Products")));
        String base = "/api/v1/customers/" + customer + "/products";
        Map<String, Object> vehicle = Map.of("kind", "VEHICLE", "name", "Sedan, white", "identifier", VIN,
                "startedAt", "2023-06-18");

        String key = TestData.unique("idem");
        var created = owner.request().header("Idempotency-Key", key).body(vehicle).post(base).then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("identifier", equalTo(VIN), "masked", is(false), "status", equalTo("ACTIVE"),
                        "kind", equalTo("VEHICLE"))
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith(base + "/" + id));
        owner.request().header("Idempotency-Key", key).body(vehicle).post(base).then().statusCode(201)
                .body("id", equalTo(id));
        assertEquals(1, TestData.count("product", "customer_id", customer), "a retried POST makes one product");

        // Another agent reads them masked like phones, and may not change them; an integration has no access
        other.request().get(base).then().statusCode(200)
                .body("total", is(1), "items[0].identifier", equalTo("LSV**********3456"), "items[0].masked", is(true));
        other.request().body(vehicle).post(base).then().statusCode(403);
        other.request().header("If-Match", "\"0\"").body(vehicle).put(base + "/" + id).then().statusCode(403);
        other.request().header("If-Match", "\"0\"").delete(base + "/" + id).then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().get(base).then().statusCode(403);
        owner.request().get(base).then().statusCode(200).body("items[0].identifier", equalTo(VIN));

        // Versions: missing 428, stale 412, then a change
        Map<String, Object> contract = new HashMap<>(Map.of("kind", "CONTRACT", "name", "Lease 36 months",
                "identifier", VIN, "startedAt", "2023-06-18", "endsAt", "2026-06-17", "status", "ACTIVE"));
        owner.request().body(contract).put(base + "/" + id).then().statusCode(428);
        owner.request().header("If-Match", "\"7\"").body(contract).put(base + "/" + id).then().statusCode(412);
        owner.request().header("If-Match", "\"0\"").body(contract).put(base + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Lease 36 months"), "endsAt", equalTo("2026-06-17"));

        // A masked identifier sent back, or an end before the start, is refused and changes nothing
        Map<String, Object> masked = new HashMap<>(contract);
        masked.put("identifier", "LSV**********3456");
        owner.request().header("If-Match", "\"1\"").body(masked).put(base + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("identifier"), "violations.code", hasItem("customer.masked-value"));
        Map<String, Object> backwards = new HashMap<>(contract);
        backwards.put("endsAt", "2023-06-17");
        owner.request().header("If-Match", "\"1\"").body(backwards).put(base + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("endsAt"), "violations.code", hasItem("common.to-before-from"));
        owner.request().body(backwards).post(base).then().statusCode(400);
        Object[] row = row(id);
        assertEquals(VIN, row[0]);
        assertEquals("2026-06-17", row[1].toString());
        assertEquals(1, TestData.count("product", "customer_id", customer));

        // A supervisor changes any customer's products; it is on the customer's timeline
        TestData.as(Role.SUPERVISOR).request().header("If-Match", "\"1\"").body(Map.of("kind", "CONTRACT",
                "name", "Lease 36 months", "status", "ENDED")).put(base + "/" + id).then().statusCode(200)
                .body("status", equalTo("ENDED"), "identifier", is((Object) null));
        owner.request().get("/api/v1/customers/" + customer + "/timeline").then().statusCode(200)
                .body("items.kind", hasItem("PRODUCT"));

        // Delete needs the current version
        owner.request().delete(base + "/" + id).then().statusCode(428);
        owner.request().header("If-Match", "\"1\"").delete(base + "/" + id).then().statusCode(412);
        owner.request().header("If-Match", "\"2\"").delete(base + "/" + id).then().statusCode(204);
        assertEquals(0, TestData.count("product", "customer_id", customer));
        owner.request().header("If-Match", "\"2\"").delete(base + "/" + id).then().statusCode(404);
    }

    @Test
    void erasingTheCustomerErasesWhatWasTypedAboutItsProducts() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Erased")));
        String id = owner.request().body(Map.of("kind", "DEVICE", "name", "Phone X", "identifier", "356938035643809"))
                .post("/api/v1/customers/" + customer + "/products").then().statusCode(201).extract().path("id");
        TestData.admin().request().delete("/api/v1/customers/" + customer).then().statusCode(204);
        Object[] row = row(id);
        assertEquals("—", row[0]);
        assertEquals("—", row[2]);
        TestData.admin().request().get("/api/v1/customers/" + customer + "/products").then().statusCode(404);
    }

    /**
     * At 2031-03-09 16:30 UTC it is already Monday 10 March 00:30 in Shanghai: a contract that ends on 9 March has
     * ended, one that ends on 10 March ends today (within 0 days), one on 9 April within 30 days but not 29.
     */
    @Test
    void contractsEndingWithinDaysCountFromTodayInTheBusinessZone() {
        Caller agent = TestData.newUser(Role.AGENT);
        String today = customer(agent, "Today", "CONTRACT", "2031-03-10", "ACTIVE");
        customer(agent, "Yesterday", "CONTRACT", "2031-03-09", "ACTIVE");
        String inThirty = customer(agent, "Thirty", "CONTRACT", "2031-04-09", "ACTIVE");
        customer(agent, "Ended", "CONTRACT", "2031-03-15", "ENDED");
        customer(agent, "Service", "SERVICE", "2031-03-15", "ACTIVE");
        customer(agent, "Later", "CONTRACT", "2031-04-10", "ACTIVE");

        clock.pin(Instant.parse("2031-03-09T16:30:00Z"));
        assertEquals(List.of(today), ending(agent, 0));
        assertEquals(List.of(today), ending(agent, 29));
        agent.request().queryParam("managerId", agent.id()).queryParam("contractEndsWithinDays", 30)
                .get("/api/v1/customers").then().statusCode(200)
                .body("total", is(2), "items.id", containsInAnyOrder(today, inThirty));
        // 23:59 UTC is still 10 March's morning in Shanghai
        clock.pin(Instant.parse("2031-03-09T23:59:00Z"));
        assertEquals(List.of(today), ending(agent, 0));
        // 15:59 UTC on the 9th is still 9 March in Shanghai: the contract ending on the 9th ends today
        clock.pin(Instant.parse("2031-03-09T15:59:00Z"));
        assertEquals(1, ending(agent, 0).size());
    }

    private List<String> ending(Caller agent, int days) {
        return agent.request().queryParam("managerId", agent.id()).queryParam("contractEndsWithinDays", days)
                .queryParam("size", 50).get("/api/v1/customers").then().statusCode(200).extract().path("items.id");
    }

    private static String customer(Caller agent, String name, String kind, String endsAt, String status) {
        String id = TestData.createCustomer(agent, TestData.customerBody(TestData.unique(name)));
        agent.request().body(Map.of("kind", kind, "name", name + " plan", "startedAt", "2029-01-01",
                "endsAt", endsAt, "status", status)).post("/api/v1/customers/" + id + "/products").then()
                .statusCode(201);
        return id;
    }

    private Object[] row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select identifier, ends_at, name from product where id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
    }
}
