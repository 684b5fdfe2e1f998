package org.vipcare.visit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
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
import org.vipcare.notification.Notification;
import org.vipcare.notification.NotificationKind;
import org.vipcare.security.Role;
import org.vipcare.support.TestClock;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Visits to enterprise customers through the HTTP API against PostgreSQL: planning with the reference checklist,
 * recording, cancelling and every refusal, the list's filters, the due dates per class, VISIT_DUE, the customer's
 * move to another manager and its erasure. Times are pinned at hours where UTC and Shanghai dates differ.
 */
@QuarkusTest
class VisitResourceTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    VisitService visits;

    @Inject
    VisitDueScan scan;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String enterprise(Caller by, UUID manager, String enterpriseClass, String joinedAt) {
        return TestData.createCustomer(by, TestData.customerBody(TestData.unique("集团 Group"), Map.of(
                "type", "ENTERPRISE", "enterpriseClass", enterpriseClass, "joinedAt", joinedAt,
                "managerId", manager.toString())));
    }

    /** A contact of the customer, written as the contact feature would (table customer_contact, V38). */
    static String contact(String customer, String name) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> org.vipcare.customer.Customer.getEntityManager()
                .createNativeQuery("insert into customer_contact (id, customer_id, name, title, buying_role, "
                        + "created_at, updated_at) values (?1, ?2, ?3, 'Director', 'DECISION_MAKER', now(), now())")
                .setParameter(1, id).setParameter(2, UUID.fromString(customer)).setParameter(3, name)
                .executeUpdate());
        return id.toString();
    }

    static String plan(Caller by, String customer, Instant at, String purpose) {
        return by.request().body(Map.of("plannedAt", at.toString(), "purpose", purpose))
                .post("/api/v1/customers/" + customer + "/visits").then().statusCode(201).extract().path("id");
    }

    static JsonPath patch(Caller by, String visit, Map<String, Object> changes, int status) {
        String etag = by.request().get("/api/v1/visits/" + visit).then().statusCode(200).extract().header("ETag");
        return by.request().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag).body(changes)
                .patch("/api/v1/visits/" + visit).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void planWithTheDefaultChecklistRecordAndNoMoreChanges() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = enterprise(agent, agent.id(), "A", "2020-01-15");
        String buyer = contact(customer, "王采购");
        Instant at = Instant.parse("2031-05-20T16:30:00Z");
        clock.pin(at);
        Instant planned = at.plusSeconds(3 * 86400);
        String key = TestData.unique("idem");
        Map<String, Object> body = Map.of("plannedAt", planned.toString(), "purpose", "介绍 2032 年服务合同",
                "contactIds", List.of(buyer));
        var created = agent.request().header("Accept-Language", "zh-CN").header("Idempotency-Key", key).body(body)
                .post("/api/v1/customers/" + customer + "/visits").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"), "overdue", is(false), "managerId", equalTo(agent.id().toString()),
                        "contactIds", contains(buyer), "checklist", hasSize(11),
                        "checklist[0].key", equalTo("know-customer"),
                        "checklist[0].item", containsString("我对这个客户了解多少"),
                        "checklist.done", everyItem(is(false)))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/visits/" + id));
        agent.request().header("Accept-Language", "zh-CN").header("Idempotency-Key", key).body(body)
                .post("/api/v1/customers/" + customer + "/visits").then().statusCode(201).body("id", equalTo(id));
        assertEquals(1, TestData.count("visit", "customer_id", customer), "a retried POST plans one visit");
        // In English the same reference items in English
        agent.request().header("Accept-Language", "en").body(Map.of("plannedAt", planned.toString(),
                "purpose", "Second")).post("/api/v1/customers/" + customer + "/visits").then().statusCode(201)
                .body("checklist[1].item", equalTo("Which of our products suit a customer of this kind?"));

        // Tick one item, reschedule
        JsonPath ticked = patch(agent, id, Map.of("checklist", List.of(Map.of("key", "know-customer",
                "item", "我对这个客户了解多少？", "done", true), Map.of("item", "带上服务报告", "done", false))), 200);
        assertEquals(true, ticked.getBoolean("checklist[0].done"));
        assertEquals(2, ticked.getList("checklist").size());
        Instant later = planned.plusSeconds(3600);
        patch(agent, id, Map.of("plannedAt", later.toString()), 200);

        // Record: visitedAt in the future refused; then DONE with the default duration
        JsonPath future = patch(agent, id, Map.of("visitedAt", at.plusSeconds(60).toString(), "summary", "谈妥"), 400);
        assertEquals("visit.visited-at.future", future.getString("violations[0].code"));
        patch(agent, id, Map.of("visitedAt", at.minusSeconds(600).toString()), 400);
        patch(agent, id, Map.of("summary", "no time"), 400);
        Instant visited = at.minusSeconds(600);
        patch(agent, id, Map.of("visitedAt", visited.toString(), "summary", "采购总监同意试用",
                "nextSteps", "周五前发报价", "leads", "深圳分公司需要 12 辆车"), 200);
        agent.request().get("/api/v1/visits/" + id).then().statusCode(200)
                .body("status", equalTo("DONE"), "visitedAt", equalTo(visited.toString()),
                        "durationMinutes", is(60), "summary", equalTo("采购总监同意试用"),
                        "leads", equalTo("深圳分公司需要 12 辆车"));
        Object[] row = row(id);
        assertEquals("DONE", row[0]);
        assertEquals(60, ((Number) row[1]).intValue());

        // A DONE visit is final
        JsonPath closed = patch(agent, id, Map.of("status", "CANCELLED"), 409);
        assertEquals("visit.closed", closed.getString("code"));
        assertTrue(closed.getString("detail").contains("DONE"));
        patch(agent, id, Map.of("plannedAt", later.plusSeconds(3600).toString()), 409);

        // On the customer's timeline: planned and done
        agent.request().get("/api/v1/customers/" + customer + "/timeline").then().statusCode(200)
                .body("items.findAll { it.kind == 'VISIT' }.action", hasItem("DONE"),
                        "items.findAll { it.kind == 'VISIT' }.action", hasItem("PLANNED"));
    }

    @Test
    void cancelAndTheRefusals() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String customer = enterprise(agent, agent.id(), "B", "2020-01-15");
        String othersCustomer = enterprise(other, other.id(), "B", "2020-01-15");
        String strangersContact = contact(othersCustomer, "李工");
        String base = "/api/v1/customers/" + customer + "/visits";
        Instant soon = TestData.now().plusSeconds(86400);

        // Only enterprise customers
        String person = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Person")));
        agent.request().body(Map.of("plannedAt", soon.toString(), "purpose", "Tea"))
                .post("/api/v1/customers/" + person + "/visits").then().statusCode(409)
                .body("code", equalTo("visit.customer.not-enterprise"), "detail", containsString("INDIVIDUAL"));
        assertEquals(0, TestData.count("visit", "customer_id", person));
        // Contacts of this customer only; plannedAt in the future; the owner's customers only; no integration
        agent.request().body(Map.of("plannedAt", soon.toString(), "purpose", "Tea",
                "contactIds", List.of(strangersContact))).post(base).then().statusCode(400)
                .body("violations[0].field", equalTo("contactIds"),
                        "violations[0].code", equalTo("visit.contact.not-of-customer"));
        agent.request().body(Map.of("plannedAt", TestData.now().minusSeconds(60).toString(), "purpose", "Tea"))
                .post(base).then().statusCode(400).body("violations[0].code", equalTo("visit.planned-at.past"));
        agent.request().body(Map.of("plannedAt", soon.toString())).post(base).then().statusCode(400);
        other.request().body(Map.of("plannedAt", soon.toString(), "purpose", "Tea")).post(base).then()
                .statusCode(403);
        TestData.as(Role.INTEGRATION).request().body(Map.of("plannedAt", soon.toString(), "purpose", "Tea"))
                .post(base).then().statusCode(403);
        assertEquals(0, TestData.count("visit", "customer_id", customer), "nothing refused was written");

        // A supervisor plans for the customer's manager; the other agent may not read or change it
        String id = plan(supervisor, customer, soon, "Quarterly review");
        agent.request().get("/api/v1/visits/" + id).then().statusCode(200)
                .body("managerId", equalTo(agent.id().toString()));
        other.request().get("/api/v1/visits/" + id).then().statusCode(403).body("code", equalTo("visit.not-yours"));
        other.request().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body(Map.of("status", "CANCELLED")).patch("/api/v1/visits/" + id).then().statusCode(403);
        TestData.as(Role.INTEGRATION).request().get("/api/v1/visits/" + id).then().statusCode(403);

        // Versions and bad patches
        agent.request().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("status", "CANCELLED"))
                .patch("/api/v1/visits/" + id).then().statusCode(428);
        agent.request().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"9\"")
                .body(Map.of("status", "CANCELLED")).patch("/api/v1/visits/" + id).then().statusCode(412);
        assertEquals("visit.update.unknown-member", patch(agent, id, Map.of("visitors", 3), 400)
                .getString("violations[0].code"));
        assertEquals("visit.update.status", patch(agent, id, Map.of("status", "DONE"), 400)
                .getString("violations[0].code"));
        assertEquals("visit.update.cancel-alone", patch(agent, id, Map.of("status", "CANCELLED",
                "purpose", "x"), 400).getString("violations[0].code"));
        patch(agent, id, Map.of("contactIds", List.of(strangersContact)), 400);
        assertEquals("PLANNED", row(id)[0]);

        // Cancel; then it is final
        patch(agent, id, Map.of("status", "CANCELLED"), 200);
        assertEquals("CANCELLED", row(id)[0]);
        assertEquals("visit.closed", patch(agent, id, Map.of("plannedAt", soon.plusSeconds(60).toString()), 409)
                .getString("code"));
        assertEquals("visit.closed", patch(agent, id, Map.of("visitedAt", TestData.now().toString(),
                "summary", "late"), 409).getString("code"));
    }

    /** 2031-06-10 17:00 UTC is already 11 June in Shanghai. */
    @Test
    void theListFiltersByManagerCustomerPeriodAndStateOverdueIncluded() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller other = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String customer = enterprise(agent, agent.id(), "A", "2020-01-15");
        String othersCustomer = enterprise(other, other.id(), "A", "2020-01-15");
        clock.pin(Instant.parse("2031-06-01T17:00:00Z"));
        String late = plan(agent, customer, Instant.parse("2031-06-05T17:00:00Z"), "Late"); // 6 June in Shanghai
        String upcoming = plan(agent, customer, Instant.parse("2031-06-20T02:00:00Z"), "Upcoming");
        String done = plan(agent, customer, Instant.parse("2031-06-02T02:00:00Z"), "Done");
        String others = plan(other, othersCustomer, Instant.parse("2031-06-05T17:00:00Z"), "Other's");
        clock.pin(Instant.parse("2031-06-10T17:00:00Z"));
        patch(agent, done, Map.of("visitedAt", "2031-06-02T03:00:00Z", "summary", "Fine", "durationMinutes", 45),
                200);

        assertEquals(List.of(late), ids(agent, Map.of("status", "OVERDUE")));
        assertEquals(List.of(upcoming, late), ids(agent, Map.of("status", "PLANNED")));
        assertEquals(List.of(done), ids(agent, Map.of("status", "DONE")));
        agent.request().queryParam("status", "OVERDUE").get("/api/v1/visits").then().statusCode(200)
                .body("items[0].overdue", is(true));
        // An agent sees its own only; a supervisor everyone's, by manager or customer
        assertEquals(List.of(upcoming, late, done), ids(agent, Map.of()));
        assertEquals(List.of(), ids(agent, Map.of("customerId", othersCustomer)));
        assertEquals(List.of(others), ids(supervisor, Map.of("managerId", other.id().toString(),
                "status", "OVERDUE")));
        assertEquals(List.of(upcoming, late, done), ids(supervisor, Map.of("customerId", customer)));
        // from/to are Shanghai dates: the visit planned 2031-06-05T17:00Z is on 6 June
        assertEquals(List.of(late), ids(agent, Map.of("from", "2031-06-06", "to", "2031-06-06")));
        assertEquals(List.of(), ids(agent, Map.of("from", "2031-06-05", "to", "2031-06-05")));
        assertEquals(List.of(done), ids(agent, Map.of("from", "2031-06-02", "to", "2031-06-02", "status", "DONE")));
        agent.request().queryParam("status", "LATE").get("/api/v1/visits").then().statusCode(400);
        agent.request().queryParam("from", "2031-06-06").queryParam("to", "2031-06-01").get("/api/v1/visits").then()
                .statusCode(400);
    }

    private static List<String> ids(Caller by, Map<String, Object> filters) {
        Map<String, Object> query = new HashMap<>(filters);
        query.put("size", 50);
        return by.request().queryParams(query).get("/api/v1/visits").then().statusCode(200).extract()
                .path("items.id");
    }

    /**
     * Due = last DONE visit's Shanghai date (or the joining date) + A 1 month, B 3 months, C 6 months; overdue once
     * that date has passed. At 2026-03-10 17:30 UTC it is 11 March in Shanghai.
     */
    @Test
    void dueDatesPerClassAndOneVisitDueNotification() {
        Caller agent = TestData.newUser(Role.AGENT);
        String a = enterprise(agent, agent.id(), "A", "2025-12-05");
        String b = enterprise(agent, agent.id(), "B", "2025-12-05");
        String c = enterprise(agent, agent.id(), "C", "2025-12-05");
        clock.pin(Instant.parse("2026-02-20T17:30:00Z"));
        String visit = plan(agent, a, Instant.parse("2026-02-28T16:00:00Z"), "Monthly");
        clock.pin(Instant.parse("2026-03-10T17:30:00Z"));

        Map<String, VisitDue> due = dueOf(agent.id());
        assertEquals(LocalDate.parse("2026-01-05"), due.get(a).dueOn());
        assertTrue(due.get(a).overdue());
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), due.get(a).nextPlannedAt());
        assertEquals(LocalDate.parse("2026-03-05"), due.get(b).dueOn());
        assertTrue(due.get(b).overdue());
        assertEquals(LocalDate.parse("2026-06-05"), due.get(c).dueOn());
        assertTrue(!due.get(c).overdue());

        // The overdue ones are announced once per customer and due date, however often the scan runs
        scan.scan();
        scan.scan();
        List<Notification> told = notifications(agent.id());
        assertEquals(2, told.size());
        assertEquals(Map.of(a, "visit-due@2026-01-05", b, "visit-due@2026-03-05"), Map.of(
                told.get(0).subjectId.toString(), told.get(0).eventKey, told.get(1).subjectId.toString(),
                told.get(1).eventKey));
        agent.request().header("Accept-Language", "en").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'VISIT_DUE' }.text", containsString("was due on"),
                        "items.find { it.kind == 'VISIT_DUE' }.subject.type", equalTo("CUSTOMER"));

        // Visited on 28 Feb 17:00 UTC = 1 March in Shanghai: the next visit is due on 1 April, not 28 March
        patch(agent, visit, Map.of("visitedAt", "2026-02-28T17:00:00Z", "summary", "All well"), 200);
        VisitDue afterVisit = dueOf(agent.id()).get(a);
        assertEquals(LocalDate.parse("2026-04-01"), afterVisit.dueOn());
        assertTrue(!afterVisit.overdue());
        assertEquals(Instant.parse("2026-02-28T17:00:00Z"), afterVisit.lastVisitedAt());
        scan.scan();
        assertEquals(2, notifications(agent.id()).size(), "nothing new is late");
        clock.pin(Instant.parse("2026-04-01T17:00:00Z")); // 2 April in Shanghai: late again, told again
        scan.scan();
        assertEquals(3, notifications(agent.id()).size());
        assertEquals(1, notifications(agent.id()).stream().filter(n -> n.eventKey.equals("visit-due@2026-04-01"))
                .count());
    }

    private Map<String, VisitDue> dueOf(UUID manager) {
        Map<String, VisitDue> due = new HashMap<>();
        visits.due(manager, LocalDate.of(2099, 1, 1), 50).forEach(d -> due.put(d.customerId().toString(), d));
        return due;
    }

    private static List<Notification> notifications(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
                "recipientId = ?1 and kind = ?2 order by id", recipient, NotificationKind.VISIT_DUE));
    }

    @Test
    void aNewManagerTakesOverThePlannedVisits() {
        Caller from = TestData.newUser(Role.AGENT);
        Caller to = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String customer = enterprise(supervisor, from.id(), "A", "2020-01-15");
        String planned = plan(from, customer, TestData.now().plusSeconds(86400), "Planned");
        String done = plan(from, customer, TestData.now().plusSeconds(86400), "Done");
        patch(from, done, Map.of("visitedAt", TestData.now().toString(), "summary", "Done early"), 200);

        String etag = supervisor.request().get("/api/v1/customers/" + customer).then().statusCode(200).extract()
                .header("ETag");
        supervisor.request().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("managerId", to.id().toString())).patch("/api/v1/customers/" + customer)
                .then().statusCode(200);

        to.request().get("/api/v1/visits/" + planned).then().statusCode(200)
                .body("managerId", equalTo(to.id().toString()), "version", is(1));
        supervisor.request().get("/api/v1/visits/" + done).then().statusCode(200)
                .body("managerId", equalTo(from.id().toString()));
        // The previous manager keeps reading the visit it made, not the one it handed on
        from.request().get("/api/v1/visits/" + done).then().statusCode(200);
        from.request().get("/api/v1/visits/" + planned).then().statusCode(403);
    }

    @Test
    void erasingTheCustomerBlanksItsVisitsAndCancelsThePlannedOnes() {
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = enterprise(agent, agent.id(), "C", "2020-01-15");
        String planned = plan(agent, customer, TestData.now().plusSeconds(86400), "Talk about the merger");
        String done = plan(agent, customer, TestData.now().plusSeconds(86400), "Renewal");
        patch(agent, done, Map.of("visitedAt", TestData.now().toString(), "summary", "CEO is leaving",
                "nextSteps", "Call Mr Zhang", "durationMinutes", 30), 200);

        TestData.admin().request().delete("/api/v1/customers/" + customer).then().statusCode(204);
        Object[] p = row(planned);
        assertEquals("CANCELLED", p[0]);
        assertEquals("—", p[2]);
        Object[] d = row(done);
        assertEquals("DONE", d[0]);
        assertEquals(30, ((Number) d[1]).intValue(), "durations stay for the reports");
        assertEquals("—", d[2]);
        assertEquals("—", d[3]);
        assertEquals("—", d[4]);
        assertEquals(null, d[5], "a missing text stays missing");
        assertTrue(((String) d[6]).contains("\"item\": \"—\"") && !((String) d[6]).contains("How well"),
                (String) d[6]);
    }

    @Test
    void theReferenceChecklistIsReadByStaffAndReplacedByAdmins() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller admin = TestData.admin();
        JsonPath original = agent.request().get("/api/v1/visit-checklist").then().statusCode(200)
                .body("items", hasSize(11), "items[10].key", equalTo("versus-competitors")).extract().jsonPath();
        String etag = "\"" + original.getLong("version") + "\"";
        List<Map<String, Object>> items = original.getList("items");
        try {
            agent.request().header("If-Match", etag).body(Map.of("items", items)).put("/api/v1/visit-checklist")
                    .then().statusCode(403);
            admin.request().body(Map.of("items", items)).put("/api/v1/visit-checklist").then().statusCode(428);
            admin.request().header("If-Match", etag).body(Map.of("items", List.of(Map.of("key", "a", "en", "A",
                    "zh", "甲"), Map.of("key", "a", "en", "B", "zh", "乙")))).put("/api/v1/visit-checklist").then()
                    .statusCode(400).body("violations[0].code", equalTo("visit.checklist.duplicate-key"));
            admin.request().header("If-Match", etag).body(Map.of("items", List.of(Map.of("en", "", "zh", "甲"))))
                    .put("/api/v1/visit-checklist").then().statusCode(400);
            admin.request().header("If-Match", etag).body(Map.of("items", List.of(Map.of("key", "bring-report",
                    "en", "Bring the service report", "zh", "带上服务报告"), Map.of("en", "Check parking",
                    "zh", "确认停车位置")))).put("/api/v1/visit-checklist").then().statusCode(200)
                    .header("ETag", "\"" + (original.getLong("version") + 1) + "\"")
                    .body("items", hasSize(2), "items[1].key", not(nullValue()));
            Caller planner = TestData.newUser(Role.AGENT);
            String customer = enterprise(planner, planner.id(), "A", "2020-01-15");
            planner.request().header("Accept-Language", "zh-CN").body(Map.of("plannedAt",
                    TestData.now().plusSeconds(3600).toString(), "purpose", "Check"))
                    .post("/api/v1/customers/" + customer + "/visits").then().statusCode(201)
                    .body("checklist.item", contains("带上服务报告", "确认停车位置"),
                            "checklist[0].key", equalTo("bring-report"));
            admin.request().header("If-Match", etag).body(Map.of("items", items)).put("/api/v1/visit-checklist")
                    .then().statusCode(412);
        } finally {
            String now = admin.request().get("/api/v1/visit-checklist").then().extract().header("ETag");
            admin.request().header("If-Match", now).body(Map.of("items", items)).put("/api/v1/visit-checklist")
                    .then().statusCode(200).body("items[0].key", endsWith("know-customer"));
        }
    }

    private Object[] row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select status, duration_minutes, purpose, summary, next_steps, leads, cast(checklist as text) "
                        + "from visit where id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
    }
}
