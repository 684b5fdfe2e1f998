package org.vipcare.contact;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.common.BusinessTime;
import org.vipcare.followup.SpecialDates;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

/** The contacts of enterprise customers through the HTTP API, their timeline entries, birthday calls and erasure. */
@QuarkusTest
class ContactResourceTest {

    private static final String MOBILE = "13812345678";
    private static final String OFFICE = "010-65551234";
    private static final String EMAIL = "wang.li@example.com";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    SpecialDates specialDates;

    @Inject
    BusinessTime time;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theManagerKeepsContactsOthersSeeThemMasked() {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        String customer = enterprise(owner, "Contacts");
        String base = "/api/v1/customers/" + customer + "/contacts";
        Map<String, Object> wang = wang();

        String key = TestData.unique("idem");
        var created = owner.request().header("Idempotency-Key", key).body(wang).post(base).then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("name", equalTo("Wang Li"), "phones.mobile", equalTo(MOBILE), "phones.office", equalTo(OFFICE),
                        "email", equalTo(EMAIL), "buyingRole", equalTo("DECISION_MAKER"), "liaison", is(false),
                        "birthday", equalTo("1978-12-10"), "masked", is(false))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(base + "/" + id), created.header("Location"));
        owner.request().header("Idempotency-Key", key).body(wang).post(base).then().statusCode(201)
                .body("id", equalTo(id));
        assertEquals(1, TestData.count("customer_contact", "customer_id", customer), "a retried POST makes one");
        owner.request().get(base + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("phones.mobile", equalTo(MOBILE), "notes", equalTo("Signs off every contract"));
        assertTrue(audited(owner, customer) >= 1, "an unmasked read of the contact's phones is audited");

        // Another agent reads them masked like the customer's phones and may not change them; an integration has no
        // access at all
        other.request().get(base).then().statusCode(200)
                .body("total", is(1), "items[0].phones.mobile", equalTo("138****5678"),
                        "items[0].phones.office", equalTo("010*****1234"), "items[0].email", equalTo("w***@example.com"),
                        "items[0].birthday", nullValue(), "items[0].notes", nullValue(), "items[0].masked", is(true),
                        "items[0].name", equalTo("Wang Li"), "items[0].buyingRole", equalTo("DECISION_MAKER"));
        other.request().get(base + "/" + id).then().statusCode(200).body("phones.mobile", equalTo("138****5678"));
        assertEquals(0, audited(other, customer), "a masked read is not an unmasked one");
        other.request().body(wang).post(base).then().statusCode(403);
        other.request().header("If-Match", "\"0\"").body(wang).put(base + "/" + id).then().statusCode(403);
        other.request().header("If-Match", "\"0\"").delete(base + "/" + id).then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().get(base).then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().body(wang).post(base).then().statusCode(403);
        assertEquals(1, TestData.count("customer_contact", "customer_id", customer));

        // Versions: missing 428, stale 412, then a change
        Map<String, Object> liaison = new HashMap<>(wang);
        liaison.put("buyingRole", "BUYER");
        liaison.put("liaison", true);
        owner.request().body(liaison).put(base + "/" + id).then().statusCode(428);
        owner.request().header("If-Match", "\"7\"").body(liaison).put(base + "/" + id).then().statusCode(412);
        owner.request().header("If-Match", "\"0\"").body(liaison).put(base + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("buyingRole", equalTo("BUYER"), "liaison", is(true));

        // A masked value read back, a bad role, no name or a bad email is refused and changes nothing
        Map<String, Object> masked = new HashMap<>(liaison);
        masked.put("email", "w***@example.com");
        owner.request().header("If-Match", "\"1\"").body(masked).put(base + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("email"), "violations.code", hasItem("customer.masked-value"));
        Map<String, Object> maskedPhone = new HashMap<>(liaison);
        maskedPhone.put("phones", Map.of("mobile", "138****5678"));
        owner.request().header("If-Match", "\"1\"").body(maskedPhone).put(base + "/" + id).then().statusCode(400)
                .body("violations.field", hasItem("phones.mobile"));
        Map<String, Object> badRole = new HashMap<>(liaison);
        badRole.put("buyingRole", "BOSS");
        owner.request().header("If-Match", "\"1\"").body(badRole).put(base + "/" + id).then().statusCode(400);
        Map<String, Object> noName = new HashMap<>(liaison);
        noName.remove("name");
        owner.request().body(noName).post(base).then().statusCode(400).body("violations.field", hasItem("name"));
        Map<String, Object> noRole = new HashMap<>(liaison);
        noRole.remove("buyingRole");
        owner.request().body(noRole).post(base).then().statusCode(400)
                .body("violations.field", hasItem("buyingRole"));
        Map<String, Object> badEmail = new HashMap<>(liaison);
        badEmail.put("email", "not an email");
        owner.request().body(badEmail).post(base).then().statusCode(400).body("violations.field", hasItem("email"));
        Object[] row = row(id);
        assertEquals(EMAIL, row[1]);
        assertEquals(MOBILE, row[2]);
        assertEquals("BUYER", row[3]);
        assertEquals(1, TestData.count("customer_contact", "customer_id", customer));

        // A supervisor changes any customer's contacts
        TestData.as(Role.SUPERVISOR).request().header("If-Match", "\"1\"")
                .body(Map.of("name", "Wang Li", "buyingRole", "INFLUENCER")).put(base + "/" + id).then()
                .statusCode(200).body("buyingRole", equalTo("INFLUENCER"), "phones", nullValue(), "email", nullValue());

        // Delete needs the current version
        owner.request().delete(base + "/" + id).then().statusCode(428);
        owner.request().header("If-Match", "\"1\"").delete(base + "/" + id).then().statusCode(412);
        owner.request().header("If-Match", "\"2\"").delete(base + "/" + id).then().statusCode(204);
        assertEquals(0, TestData.count("customer_contact", "customer_id", customer));
        owner.request().header("If-Match", "\"2\"").delete(base + "/" + id).then().statusCode(404);
        owner.request().get(base + "/" + id).then().statusCode(404);

        // Added, changed twice, removed: each on the customer's timeline, the removed one too
        owner.request().queryParam("size", 50).get("/api/v1/customers/" + customer + "/timeline").then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'CONTACT' }.action",
                        contains("REMOVED", "CHANGED", "CHANGED", "ADDED"),
                        "items.findAll { it.kind == 'CONTACT' }.detail", hasItems("Wang Li"),
                        "items.findAll { it.kind == 'CONTACT' }.toState",
                        contains("INFLUENCER", "INFLUENCER", "BUYER", "DECISION_MAKER"));
        assertEquals(4, TestData.count("customer_contact_event", "customer_id", customer));
    }

    @Test
    void onlyAnEnterpriseHasContacts() {
        Caller owner = TestData.newUser(Role.AGENT);
        String person = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Person")));
        String base = "/api/v1/customers/" + person + "/contacts";
        owner.request().body(wang()).post(base).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("contact.customer-not-enterprise"));
        owner.request().get(base).then().statusCode(409).body("code", equalTo("contact.customer-not-enterprise"));
        assertEquals(0, TestData.count("customer_contact", "customer_id", person));
        owner.request().get("/api/v1/customers/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
    }

    /** The seed's toy-yacht purchase: the list reads like an org chart, decision makers first, the liaison first. */
    @Test
    void theListGoesByBuyingRoleDecisionMakersFirst() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = enterprise(owner, "Yacht");
        String base = "/api/v1/customers/" + customer + "/contacts";
        for (Object[] c : new Object[][] { { "小儿", "USER", false }, { "爸爸", "COMMENTATOR", false },
                { "妈妈", "INFLUENCER", false }, { "小姨夫", "BUYER", false }, { "小姨", "DECISION_MAKER", false },
                { "表哥", "USER", true } }) {
            owner.request().body(Map.of("name", c[0], "buyingRole", c[1], "liaison", c[2])).post(base).then()
                    .statusCode(201);
        }
        owner.request().get(base).then().statusCode(200).body("total", is(6),
                "items.name", contains("小姨", "小姨夫", "妈妈", "表哥", "小儿", "爸爸"));
        owner.request().queryParam("sort", "name,desc").queryParam("size", 2).get(base).then().statusCode(200)
                .body("items.size()", is(2), "total", is(6));
        owner.request().queryParam("sort", "phone").get(base).then().statusCode(400);
    }

    @Test
    void erasingTheCustomerErasesItsContacts() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = enterprise(owner, "Erased");
        String id = owner.request().body(wang()).post("/api/v1/customers/" + customer + "/contacts").then()
                .statusCode(201).extract().path("id");
        TestData.admin().request().delete("/api/v1/customers/" + customer).then().statusCode(204);
        Object[] row = row(id);
        assertEquals("—", row[0]);
        assertEquals("—", row[1]);
        assertEquals("—", row[2]);
        assertEquals("DECISION_MAKER", row[3], "the role stays for the counts");
        assertNull(row[4], "no more birthday calls");
        assertEquals("—", row[5]);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from customer_contact_event where customer_id = ?1 and name = '—'")
                .setParameter(1, UUID.fromString(customer)).getSingleResult()).longValue()));
        TestData.admin().request().get("/api/v1/customers/" + customer + "/contacts").then().statusCode(404);
    }

    /**
     * At 2039-06-11 16:30 UTC it is already 12 June in Shanghai: three days ahead is 15 June. A contact born on
     * 15 June gets one call for the customer, for its manager, once whatever replays the job; one born on 14 June
     * (three days after the UTC date) gets none; the customer's own birthday that day keeps its own call.
     */
    @Test
    void aContactsBirthdayMakesOneCallForTheCustomersManager() {
        Caller owner = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Birthdays"),
                Map.of("type", "ENTERPRISE", "birthday", "1990-06-15")));
        TestData.setTier(customer, Tier.GOLD, false);
        String base = "/api/v1/customers/" + customer + "/contacts";
        String aunt = owner.request().body(Map.of("name", "小姨", "buyingRole", "DECISION_MAKER",
                "birthday", "1980-06-15")).post(base).then().statusCode(201).extract().path("id");
        owner.request().body(Map.of("name", "小姨夫", "buyingRole", "BUYER", "birthday", "1979-06-14")).post(base)
                .then().statusCode(201);
        String silver = TestData.createCustomer(owner, TestData.customerBody(TestData.unique("Silver"),
                Map.of("type", "ENTERPRISE")));
        TestData.setTier(silver, Tier.SILVER, false);
        owner.request().body(Map.of("name", "Not a VIP", "buyingRole", "USER", "birthday", "1980-06-15"))
                .post("/api/v1/customers/" + silver + "/contacts").then().statusCode(201);

        clock.pin(Instant.parse("2039-06-11T16:30:00Z"));
        assertEquals(LocalDate.of(2039, 6, 12), time.today());
        specialDates.createFor(time.today());
        specialDates.createFor(time.today());

        owner.request().queryParam("customerId", customer).queryParam("purpose", "SPECIAL_DATE")
                .get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(2), "items.brief", org.hamcrest.Matchers.containsInAnyOrder("BIRTHDAY",
                        "CONTACT_BIRTHDAY"));
        owner.request().queryParam("customerId", customer).queryParam("purpose", "SPECIAL_DATE")
                .get("/api/v1/follow-ups").then()
                .body("items.find { it.brief == 'CONTACT_BIRTHDAY' }.specialDate", equalTo("2039-06-15"),
                        "items.find { it.brief == 'CONTACT_BIRTHDAY' }.assigneeId", equalTo(owner.id().toString()),
                        "items.find { it.brief == 'CONTACT_BIRTHDAY' }.status", equalTo("OPEN"),
                        "items.find { it.brief == 'CONTACT_BIRTHDAY' }.note",
                        equalTo("Birthday of contact 小姨 on 2039-06-15: call with our wishes (联系人生日关怀)"));
        assertEquals(1L, calls("contact_id = ?1", aunt));
        assertEquals(0L, calls("customer_id = ?1", silver), "a contact of a SILVER customer gets no call");

        // The next days: the uncle's birthday was on the 14th, gone; replaying the 15th makes nothing twice
        specialDates.createFor(LocalDate.of(2039, 6, 12));
        specialDates.createFor(LocalDate.of(2039, 6, 13));
        assertEquals(1L, calls("contact_id = ?1", aunt));
        assertEquals(2L, calls("customer_id = ?1", customer));
        // Next year, a new call
        specialDates.createFor(LocalDate.of(2040, 6, 12));
        assertEquals(2L, calls("contact_id = ?1", aunt));
    }

    static Map<String, Object> wang() {
        return Map.of("name", "Wang Li", "title", "Deputy general manager",
                "phones", Map.of("mobile", MOBILE, "office", OFFICE), "email", EMAIL,
                "buyingRole", "DECISION_MAKER", "birthday", "1978-12-10", "notes", "Signs off every contract");
    }

    static String enterprise(Caller owner, String name) {
        return TestData.createCustomer(owner, TestData.customerBody(TestData.unique(name),
                Map.of("type", "ENTERPRISE", "enterpriseClass", "A")));
    }

    private long calls(String where, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from follow_up where purpose = 'SPECIAL_DATE' and " + where)
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    private static long audited(Caller actor, String customer) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2 and "
                + "customerId = ?3", actor.username(), AuditAction.READ_UNMASKED, UUID.fromString(customer)));
    }

    private Object[] row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select name, email, mobile, buying_role, birthday, notes from customer_contact where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
    }
}
