package org.vipcare.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditEntry;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * What a caller learns of a customer around the mask and the object-level rules: the timeline, search, the masked
 * fields, and what erasure leaves.
 */
@QuarkusTest
class CustomerPrivacyTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Agent 1's customer with a complaint, a retention case with an offer and a follow-up call, each naming a secret. */
    record Contacts(String customer, String complaint, String retentionCase, String followUp) {
    }

    static Contacts contacts(Caller manager, String secret) {
        String customer = TestData.createCustomer(manager, TestData.customerBody("Private customer"));
        String complaint = ComplaintData.createComplaint(manager, customer, Map.of("summary", "Complaint " + secret,
                "demand", "Demand " + secret));
        String retentionCase = RetentionData.open(manager, customer, Map.of("statedReason", "Stated " + secret));
        RetentionData.probe(manager, retentionCase, RetentionData.probe("COMPETITOR", true, null, 3, 2));
        manager.request().body(Map.of("kind", "PROMOTION", "description", "Offer " + secret, "monthlyValue", new BigDecimal("20.00")))
                .post(RetentionData.BASE + "/" + retentionCase + "/offers").then().statusCode(201);
        String followUp = manager.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", Instant.now().toString(), "note", "Call " + secret)).post("/api/v1/follow-ups")
                .then().statusCode(201).extract().path("id");
        manager.request().body(Map.of("outcome", "NO_ANSWER", "problem", "Problem " + secret))
                .post("/api/v1/follow-ups/" + followUp + "/attempts").then().statusCode(201);
        return new Contacts(customer, complaint, retentionCase, followUp);
    }

    @Test
    void theTimelineShowsAnotherFeaturesRecordOnlyToThoseWhoMayReadIt() {
        Caller agent1 = TestData.newUser(Role.AGENT);
        Caller agent2 = TestData.newUser(Role.AGENT);
        String secret = TestData.unique("secret");
        Contacts contacts = contacts(agent1, secret);
        agent2.request().get("/api/v1/complaints/" + contacts.complaint()).then().statusCode(403);
        agent2.request().get(RetentionData.BASE + "/" + contacts.retentionCase()).then().statusCode(403);
        agent2.request().get("/api/v1/follow-ups/" + contacts.followUp()).then().statusCode(403);

        String timeline = "/api/v1/customers/" + contacts.customer() + "/timeline";
        agent2.request().queryParam("size", 50).get(timeline).then().statusCode(200)
                .body(not(containsString(secret)))
                .body("items.kind", hasItems("TIER_CHANGE", "COMPLAINT", "RETENTION_CASE", "FOLLOW_UP_ATTEMPT"),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.withheld", everyItem(is(true)),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.summary", everyItem(nullValue()),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.refId", everyItem(nullValue()),
                        "items.findAll { it.kind != 'TIER_CHANGE' }.at", everyItem(containsString("T")),
                        "items.find { it.kind == 'TIER_CHANGE' }.withheld", is(false),
                        "items.find { it.kind == 'TIER_CHANGE' }.summary", containsString("new customer"));

        for (Caller reader : new Caller[] { agent1, TestData.as(Role.SUPERVISOR) }) {
            reader.request().queryParam("size", 50).get(timeline).then().statusCode(200)
                    .body("items.withheld", everyItem(is(false)),
                            "items.summary", hasItems(containsString("Complaint " + secret),
                                    containsString("Offer " + secret), containsString("Problem " + secret)),
                            "items.find { it.kind == 'COMPLAINT' }.refId", equalTo(contacts.complaint()));
        }

        String page = "/admin/customers/" + contacts.customer();
        ConsoleSession.login(agent2.username(), TestData.PASSWORD).request().header("Accept-Language", "en")
                .get(page).then().statusCode(200)
                .body(not(containsString(secret)), containsString("Not shown: you may not read this record."));
        ConsoleSession.login(agent1.username(), TestData.PASSWORD).request().header("Accept-Language", "en")
                .get(page).then().statusCode(200)
                .body(containsString("Problem " + secret), not(containsString("Not shown")));
    }

    /**
     * Erasure leaves no text of the customer anywhere in the database (every row of every table, read as text, is
     * searched for the name, the mobile and a word used in every note), cancels the open call, makes the stored
     * idempotent answers unreplayable, and changes no report figure.
     */
    @Test
    void erasureLeavesNoTextOfTheCustomerAndNoFigureChanged() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller admin = TestData.admin();
        String secret = TestData.unique("erase");
        String mobile = TestData.mobile();
        Map<String, Object> body = TestData.customerBody("Name " + secret, Map.of("phones", Map.of("mobile", mobile),
                "email", secret + "@example.com", "address", "上海市浦东新区 " + secret, "notes", "Notes " + secret));
        String customerKey = TestData.unique("key");
        String customer = agent.request().header("Idempotency-Key", customerKey).body(body).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> complaintBody = ComplaintData.complaintBody(customer, Map.of("summary",
                "Call back on " + mobile + " " + secret, "demand", "Demand " + secret, "place", "Shop " + secret));
        String complaintKey = TestData.unique("key");
        String complaint = agent.request().header("Idempotency-Key", complaintKey).body(complaintBody)
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
        agent.request().body(Map.of("note", "Rang " + mobile + " " + secret)).post("/api/v1/complaints/" + complaint
                + "/contact").then().statusCode(200);
        String retentionCase = RetentionData.open(agent, customer, Map.of("statedReason", "Moving " + secret));
        Map<String, Object> probe = new java.util.HashMap<>(RetentionData.probe("COMPETITOR", true, null, 3, 2));
        probe.put("reasonDetail", "Detail " + secret);
        RetentionData.probe(agent, retentionCase, probe);
        agent.request().body(Map.of("kind", "PROMOTION", "description", "Offer " + secret, "monthlyValue", new BigDecimal("20.00")))
                .post(RetentionData.BASE + "/" + retentionCase + "/offers").then().statusCode(201);
        String openCall = agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", Instant.now().toString(), "note", "Mobile " + mobile)).post("/api/v1/follow-ups")
                .then().statusCode(201).extract().path("id");
        agent.request().body(Map.of("outcome", "NO_ANSWER", "problem", "Problem " + secret, "lead", "Lead " + secret))
                .post("/api/v1/follow-ups/" + openCall + "/attempts").then().statusCode(201);
        String doneCall = agent.request().body(Map.of("customerId", customer, "purpose", "AFTER_REPAIR",
                "dueAt", Instant.now().toString())).post("/api/v1/follow-ups").then().statusCode(201)
                .extract().path("id");
        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 4, "answers", "Answers " + secret,
                "suggestion", "Suggestion " + secret)).post("/api/v1/follow-ups/" + doneCall + "/attempts")
                .then().statusCode(201);
        assertTrue(rowsContaining(secret) > 0 && rowsContaining(mobile) > 0, "the search finds what is there");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String report = admin.request().queryParam("period", "MONTH").queryParam("date", today)
                .get("/api/v1/complaints/reports").then().statusCode(200).extract().asString();
        String stats = admin.request().queryParam("managerId", agent.id().toString())
                .get(RetentionData.BASE + "/stats").then().statusCode(200).extract().asString();
        String complaintTag = admin.request().get("/api/v1/complaints/" + complaint).then().statusCode(200)
                .extract().header("ETag");

        admin.request().delete("/api/v1/customers/" + customer).then().statusCode(204);

        assertEquals(0, rowsContaining(secret), "no text of the erased customer is left");
        assertEquals(0, rowsContaining(mobile), "no phone of the erased customer is left");
        admin.request().get("/api/v1/follow-ups/" + openCall).then().statusCode(200)
                .body("status", equalTo("CANCELLED"), "note", equalTo("—"));
        admin.request().get("/api/v1/follow-ups/" + doneCall).then().statusCode(200).body("status", equalTo("DONE"),
                "history[0].satisfaction", is(4), "history[0].suggestion", equalTo("—"));
        admin.request().get("/api/v1/complaints/" + complaint).then().statusCode(200)
                .header("ETag", not(equalTo(complaintTag)))
                .body("summary", equalTo("—"), "demand", equalTo("—"), "category", equalTo("BILLING"));
        admin.request().get(RetentionData.BASE + "/" + retentionCase).then().statusCode(200)
                .body("statedReason", equalTo("—"), "realReason", equalTo("COMPETITOR"));
        assertEquals(report, admin.request().queryParam("period", "MONTH").queryParam("date", today)
                .get("/api/v1/complaints/reports").then().statusCode(200).extract().asString());
        assertEquals(stats, admin.request().queryParam("managerId", agent.id().toString())
                .get(RetentionData.BASE + "/stats").then().statusCode(200).extract().asString());

        // The stored answers are gone: a retry is a new request, never the erased record.
        String recreated = agent.request().header("Idempotency-Key", customerKey).body(body)
                .post("/api/v1/customers").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("id");
        assertNotEquals(customer, recreated);
        agent.request().header("Idempotency-Key", complaintKey).body(complaintBody).post("/api/v1/complaints")
                .then().statusCode(400).header("Idempotent-Replayed", nullValue())
                .body("violations[0].field", equalTo("customerId"));
    }

    @Test
    void aCallerWhoSeesPhonesMaskedFindsThemOnlyByTheCompleteNumberAndIsAudited() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        Caller integration = TestData.newUser(Role.INTEGRATION);
        String name = TestData.unique("Searched");
        String mobile = TestData.mobile();
        String office = "010-" + mobile.substring(3, 7) + " " + mobile.substring(7);
        String customer = TestData.createCustomer(manager, TestData.customerBody(name,
                Map.of("phones", Map.of("mobile", mobile, "office", office))));

        for (String fragment : new String[] { mobile.substring(0, 10), mobile.substring(1), mobile.substring(3, 9),
                office.substring(0, 8), office.substring(4) }) {
            for (Caller masked : new Caller[] { other, integration }) {
                masked.request().queryParam("q", fragment).queryParam("size", 200).get("/api/v1/customers")
                        .then().statusCode(200).body("items.id", not(hasItem(customer)));
            }
            for (Caller full : new Caller[] { manager, TestData.as(Role.SUPERVISOR) }) {
                full.request().queryParam("q", fragment).queryParam("size", 200).get("/api/v1/customers")
                        .then().statusCode(200).body("items.id", hasItem(customer));
            }
        }
        assertEquals(0, audited(other, AuditAction.SEARCH_BY_PHONE, customer));

        for (String number : new String[] { mobile, office }) {
            other.request().queryParam("q", number).get("/api/v1/customers").then().statusCode(200)
                    .body("total", is(1), "items[0].id", equalTo(customer), "items[0].masked", is(true),
                            "items[0].phones.mobile", equalTo(mobile.substring(0, 3) + "****" + mobile.substring(7)));
        }
        integration.request().queryParam("q", mobile).get("/api/v1/customers").then().statusCode(200)
                .body("items.id", hasItem(customer));
        assertEquals(2, audited(other, AuditAction.SEARCH_BY_PHONE, customer));
        assertEquals(1, audited(integration, AuditAction.SEARCH_BY_PHONE, customer));
        // names are not masked: a fragment of the name still finds the customer
        other.request().queryParam("q", name.substring(0, name.length() - 2)).get("/api/v1/customers").then()
                .statusCode(200).body("items.id", hasItem(customer));
    }

    @Test
    void aMaskedReadShowsTheBirthYearTheDistrictAMaskedEmailAndNoNotes() {
        Caller manager = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        Map<String, Object> body = TestData.customerBody("Masked fields", Map.of("birthday", "1980-05-17",
                "address", "北京市朝阳区建国路88号3号楼1203室", "email", "li.na@example.com",
                "notes", "Prefers calls after 18:00, husband's mobile 13800001111"));
        String customer = TestData.createCustomer(manager, body);
        String english = TestData.createCustomer(manager, TestData.customerBody("Masked fields",
                Map.of("address", "Room 1203, Building 3, 88 Jianguo Road, Chaoyang District, Beijing")));

        other.request().get("/api/v1/customers/" + customer).then().statusCode(200)
                .body(not(containsString("13800001111")))
                .body("masked", is(true), "birthday", nullValue(), "birthYear", is(1980),
                        "address", equalTo("北京市朝阳区"), "email", equalTo("l***@example.com"), "notes", nullValue());
        other.request().get("/api/v1/customers/" + english).then().statusCode(200)
                .body("address", equalTo("Chaoyang District, Beijing"));
        manager.request().get("/api/v1/customers/" + customer).then().statusCode(200)
                .body("masked", is(false), "birthday", equalTo("1980-05-17"), "birthYear", is(1980),
                        "address", equalTo("北京市朝阳区建国路88号3号楼1203室"), "email", equalTo("li.na@example.com"),
                        "notes", containsString("13800001111"));

        // a masked email sent back is refused like a masked number, and changes nothing
        Caller integration = TestData.as(Role.INTEGRATION);
        String etag = integration.request().get("/api/v1/customers/" + customer).then().statusCode(200)
                .extract().header("ETag");
        integration.request().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("email", "l***@example.com")).patch("/api/v1/customers/" + customer)
                .then().statusCode(400).body("violations[0].field", containsString("email"));
        manager.request().get("/api/v1/customers/" + customer).then().body("email", equalTo("li.na@example.com"));
    }

    static long audited(Caller actor, AuditAction action, String customer) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2 and "
                + "customerId = ?3", actor.username(), action, java.util.UUID.fromString(customer)));
    }

    /** Rows of any table but the append-only audit trail whose text, all columns together, contains {@code text}. */
    long rowsContaining(String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Customer.getEntityManager();
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("""
                    select table_name::text from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'
                       and table_name <> 'audit_entry'""").getResultList();
            long rows = 0;
            for (String table : tables) {
                rows += ((Number) em.createNativeQuery("select count(*) from " + table + " t where strpos(t::text, ?1) > 0")
                        .setParameter(1, text).getSingleResult()).longValue();
            }
            return rows;
        });
    }
}
