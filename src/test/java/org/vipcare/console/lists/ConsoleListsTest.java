package org.vipcare.console.lists;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The console lists as a user works them: whose customers (the manager filter), column sorting on every list with
 * the order asserted on the rendered rows, and saved filters (save, apply, delete; another user's refused; CSRF).
 */
@QuarkusTest
class ConsoleListsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ------------------------------------------------------------------ manager filter

    @Test
    void anAgentBrowsesItsOwnCustomersByDefaultAndEveryonesOnRequest() {
        String prefix = TestData.unique("Mine");
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        TestData.newCustomer(prefix + " Own", agent.id(), TestData.mobile());
        TestData.newCustomer(prefix + " Theirs", colleague.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/customers").then().statusCode(200)
                .body(containsString(prefix + " Own"), not(containsString(prefix + " Theirs")),
                        containsString("<option value=\"mine\" selected>My customers</option>"),
                        // an agent chooses between its own and everyone's, not among the managers
                        not(containsString("<option value=\"" + colleague.id() + "\"")));
        console.request().queryParam("managerId", "all").queryParam("q", prefix).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(prefix + " Own"), containsString(prefix + " Theirs"));
        // a search without a manager looks through the whole book: the caller may be anyone's customer
        console.request().queryParam("q", prefix).get("/admin/customers").then().statusCode(200)
                .body(containsString(prefix + " Own"), containsString(prefix + " Theirs"),
                        containsString("<option value=\"all\" selected>"));
        console.request().queryParam("managerId", "mine").queryParam("q", prefix).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(prefix + " Own"), not(containsString(prefix + " Theirs")));
    }

    @Test
    void aSupervisorSeesEveryoneByDefaultAndChoosesAnyManagerByName() {
        String prefix = TestData.unique("Team");
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser other = TestData.newConsoleUser(Role.AGENT);
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        TestData.newCustomer(prefix + " Agents", agent.id(), TestData.mobile());
        TestData.newCustomer(prefix + " Others", other.id(), TestData.mobile());
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        console.request().get("/admin/customers").then().statusCode(200)
                .body(containsString("<option value=\"all\" selected>"),
                        containsString("<option value=\"" + agent.id() + "\">" + agent.displayName() + "</option>"));
        console.request().queryParam("managerId", agent.id().toString()).get("/admin/customers")
                .then().statusCode(200)
                .body(containsString(prefix + " Agents"), not(containsString(prefix + " Others")),
                        containsString("<option value=\"" + agent.id() + "\" selected>"));
    }

    @Test
    void complaintsAndCasesFilterByTheirOwnerOrManager() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        Caller agent = TestData.newUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Owned"), agent.id(), TestData.mobile());
        String mine = TestData.unique("Supervisor own");
        String theirs = TestData.unique("Agent own");
        ComplaintData.createComplaint(supervisor, customer.toString(), Map.of("summary", mine));
        ComplaintData.createComplaint(agent, customer.toString(), Map.of("summary", theirs));
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);

        console.request().queryParam("ownerId", "mine").get("/admin/complaints").then().statusCode(200)
                .body(containsString(mine), not(containsString(theirs)));
        console.request().queryParam("ownerId", agent.id().toString()).get("/admin/complaints").then()
                .statusCode(200).body(containsString(theirs), not(containsString(mine)));

        String otherName = TestData.unique("Other case");
        UUID otherCustomer = TestData.newCustomer(otherName, supervisor.id(), TestData.mobile());
        RetentionData.open(agent, customer.toString(), Map.of());
        RetentionData.open(supervisor, otherCustomer.toString(), Map.of());
        String agentCustomerName = TestData.customer(customer).name;
        String agents = cases(console, agent.id().toString(), null);
        assertTrue(agents.contains(agentCustomerName) && !agents.contains(otherName), agents);
        String own = cases(console, "mine", null);
        assertTrue(own.contains(otherName) && !own.contains(agentCustomerName), own);
    }

    // ------------------------------------------------------------------ sorting

    @Test
    void theCustomerListSortsByEachColumnBothWaysAndKeepsItsFilters() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String prefix = TestData.unique("Sorted");
        // names, joining dates and value classes in three different orders
        UUID alpha = TestData.newCustomer(prefix + " Alpha", agent.id(), TestData.mobile(), LocalDate.of(2020, 5, 1));
        UUID bravo = TestData.newCustomer(prefix + " Bravo", agent.id(), TestData.mobile(), LocalDate.of(2018, 5, 1));
        UUID charlie = TestData.newCustomer(prefix + " Charlie", agent.id(), TestData.mobile(),
                LocalDate.of(2022, 5, 1));
        valueClass(alpha, "C");
        valueClass(bravo, "A");
        valueClass(charlie, "B");
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        String a = prefix + " Alpha";
        String b = prefix + " Bravo";
        String c = prefix + " Charlie";

        assertRows(customers(console, "name,asc"), a, b, c);
        assertRows(customers(console, "name,desc"), c, b, a);
        assertRows(customers(console, "joinedAt,asc"), b, a, c);
        assertRows(customers(console, "joinedAt,desc"), c, a, b);
        assertRows(customers(console, "valueClass,asc"), b, c, a);
        assertRows(customers(console, "valueClass,desc"), a, c, b);
        // without a sort, or with one the list does not offer, newest first
        assertRows(customers(console, null), c, b, a);
        assertRows(customers(console, "password,asc"), c, b, a);
        assertRows(customers(console, "name,sideways"), c, b, a);

        String page = customers(console, "name,asc");
        assertTrue(page.contains("aria-sort=\"ascending\""), "the sorted column says so");
        assertEquals(1, count(page, "aria-sort="), "only the sorted column carries aria-sort");
        // the sorted header reverses, the others sort ascending, both keeping the filters
        assertTrue(page.contains("href=\"/admin/customers?managerId=mine&amp;sort=name%2Cdesc\""), page);
        assertTrue(page.contains("href=\"/admin/customers?managerId=mine&amp;sort=joinedAt%2Casc\""), page);
        // the filter form keeps the order
        assertTrue(page.contains("<input type=\"hidden\" name=\"sort\" value=\"name,asc\">"), page);
        assertTrue(customers(console, "name,desc").contains("aria-sort=\"descending\""));
    }

    @Test
    void pagingKeepsTheOrderAndTheFilters() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        String prefix = TestData.unique("Paged");
        for (int i = 0; i < 21; i++) {
            TestData.newCustomer(prefix + String.format(" %02d", i), agent.id(), TestData.mobile());
        }
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String first = customers(console, "name,desc");
        assertTrue(first.contains("href=\"/admin/customers?managerId=mine&amp;sort=name%2Cdesc&amp;page=1\""),
                first);
        String second = console.request().queryParam("sort", "name,desc").queryParam("page", "1")
                .get("/admin/customers").then().statusCode(200).extract().asString();
        assertTrue(second.contains(prefix + " 00"), "the last of the order is on page 2");
        assertFalse(second.contains(prefix + " 20"));
    }

    @Test
    void theComplaintListSortsByReceivedTimeAndByStatusInWorkflowOrder() {
        Caller agent = TestData.newUser(Role.AGENT);
        UUID customer = TestData.newCustomer(TestData.unique("Complainer"), agent.id(), TestData.mobile());
        Instant now = TestData.now();
        String oldest = TestData.unique("Oldest");
        String middle = TestData.unique("Middle");
        String newest = TestData.unique("Newest");
        ComplaintData.createComplaint(agent, customer.toString(), Map.of("summary", middle,
                "receivedAt", now.minus(Duration.ofHours(2)).toString()));
        String contacted = ComplaintData.createComplaint(agent, customer.toString(), Map.of("summary", oldest,
                "receivedAt", now.minus(Duration.ofHours(3)).toString()));
        ComplaintData.createComplaint(agent, customer.toString(), Map.of("summary", newest,
                "receivedAt", now.minus(Duration.ofHours(1)).toString()));
        agent.request().body(Map.of("note", "Called back")).post("/api/v1/complaints/" + contacted + "/contact")
                .then().statusCode(200);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        assertRows(complaints(console, "receivedAt,asc"), oldest, middle, newest);
        assertRows(complaints(console, "receivedAt,desc"), newest, middle, oldest);
        // RECEIVED comes before CONTACTED in the workflow (by code it would come after)
        String ascending = complaints(console, "status,asc");
        assertRows(ascending, middle, oldest);
        assertRows(ascending, newest, oldest);
        String descending = complaints(console, "status,desc");
        assertRows(descending, oldest, middle);
        assertRows(descending, oldest, newest);
        assertTrue(complaints(console, "summary,asc").contains(oldest), "an unknown sort shows the list");
    }

    @Test
    void theCaseListSortsByStageScoreAndOpeningTime() {
        Caller agent = TestData.newUser(Role.AGENT);
        String trust = TestData.unique("Case trust");
        String probing = TestData.unique("Case probing");
        String proposing = TestData.unique("Case proposing");
        String trustCase = RetentionData.open(agent, TestData.newCustomer(trust, agent.id(), TestData.mobile())
                .toString(), Map.of());
        String probingCase = RetentionData.open(agent, TestData.newCustomer(probing, agent.id(), TestData.mobile())
                .toString(), Map.of());
        String proposingCase = RetentionData.open(agent, TestData.newCustomer(proposing, agent.id(),
                TestData.mobile()).toString(), Map.of());
        RetentionData.probe(agent, probingCase, RetentionData.probe("TARIFF", true, "NUMB", 4, 2)); // score -2
        RetentionData.probe(agent, proposingCase, RetentionData.probe("NETWORK", true, "NUMB", 2, 3)); // score 1
        RetentionData.offer(agent, proposingCase, "DIRECT");
        Instant now = TestData.now();
        RetentionData.openedAt(proposingCase, now.minus(Duration.ofDays(3)));
        RetentionData.openedAt(trustCase, now.minus(Duration.ofDays(2)));
        RetentionData.openedAt(probingCase, now.minus(Duration.ofDays(1)));
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        assertRows(cases(console, "stage,asc"), trust, probing, proposing);
        assertRows(cases(console, "stage,desc"), proposing, probing, trust);
        assertRows(cases(console, "retentionScore,asc"), probing, proposing, trust); // no score last
        assertRows(cases(console, "retentionScore,desc"), trust, proposing, probing);
        assertRows(cases(console, "openedAt,asc"), proposing, trust, probing);
        assertRows(cases(console, "openedAt,desc"), probing, trust, proposing);
        assertRows(cases(console, "customer,asc"), probing, trust, proposing); // ignored: newest first
        assertTrue(cases(console, "stage,asc")
                .contains("href=\"/admin/retention?managerId=mine&amp;sort=stage%2Cdesc\""));
    }

    @Test
    void theCallQueueSortsByDueTimeAndMissedTries() {
        Caller agent = TestData.newUser(Role.AGENT);
        String soon = TestData.unique("Due soon");
        String later = TestData.unique("Due later");
        String last = TestData.unique("Due last");
        Instant now = TestData.now();
        String soonTask = followUp(agent, soon, now.plus(Duration.ofDays(1)));
        String laterTask = followUp(agent, later, now.plus(Duration.ofDays(2)));
        String lastTask = followUp(agent, last, now.plus(Duration.ofDays(3)));
        missedTries(soonTask, 1);
        missedTries(laterTask, 2);
        missedTries(lastTask, 0);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        assertRows(calls(console, "dueAt,asc"), soon, later, last);
        assertRows(calls(console, "dueAt,desc"), last, later, soon);
        assertRows(calls(console, "failedTries,asc"), last, soon, later);
        assertRows(calls(console, "failedTries,desc"), later, soon, last);
        assertRows(calls(console, "note,desc"), soon, later, last); // ignored: most urgent first
        assertTrue(calls(console, "failedTries,asc").contains(
                "href=\"/admin/follow-ups?status=OPEN&amp;sort=failedTries%2Cdesc\""));
    }

    // ------------------------------------------------------------------ saved filters

    @Test
    void savedFiltersAreSavedAppliedReplacedAndDeletedByTheirUserOnly() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        TestUser colleague = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.form().formParam("list", "customers").formParam("name", "Gold, mine")
                .formParam("query", "tier=GOLD&managerId=mine&page=3&sort=name%2Casc&lang=zh-CN")
                .post("/admin/saved-filters").then().statusCode(303)
                .header("Location", endsWith("/admin/customers?tier=GOLD&managerId=mine&sort=name%2Casc"));
        List<SavedFilter> saved = savedOf(agent.id());
        assertEquals(1, saved.size());
        assertEquals("tier=GOLD&managerId=mine&sort=name%2Casc", saved.get(0).query);
        UUID id = saved.get(0).id;

        console.request().queryParam("tier", "GOLD").queryParam("managerId", "mine").queryParam("sort", "name,asc")
                .get("/admin/customers").then().statusCode(200)
                .body(containsString("<a href=\"/admin/customers?tier=GOLD&amp;managerId=mine&amp;sort=name%2Casc\""
                        + " aria-current=\"true\">Gold, mine</a>"),
                        containsString("action=\"/admin/saved-filters/" + id + "/delete\""));
        // kept per list: the complaint list has none
        console.request().get("/admin/complaints").then().statusCode(200)
                .body(not(containsString("Gold, mine")), containsString("Saved filters"));

        // the same name again replaces the query
        console.form().formParam("list", "customers").formParam("name", "Gold, mine").formParam("query", "tier=GOLD")
                .post("/admin/saved-filters").then().statusCode(303);
        saved = savedOf(agent.id());
        assertEquals(1, saved.size());
        assertEquals("tier=GOLD", saved.get(0).query);

        // another user cannot delete it: as unknown as a filter that never was
        ConsoleSession other = ConsoleSession.login(colleague.username(), TestData.PASSWORD);
        other.form().post("/admin/saved-filters/" + id + "/delete").then().statusCode(404);
        other.request().get("/admin/customers").then().statusCode(200).body(not(containsString("Gold, mine")));
        assertEquals(1, savedOf(agent.id()).size());

        // without the CSRF token nothing is saved or deleted
        console.request().contentType(ConsoleSession.FORM_UTF8).formParam("list", "customers")
                .formParam("name", "Forged").formParam("query", "tier=SILVER").post("/admin/saved-filters")
                .then().statusCode(403);
        console.request().contentType(ConsoleSession.FORM_UTF8).post("/admin/saved-filters/" + id + "/delete")
                .then().statusCode(403);
        assertEquals(1, savedOf(agent.id()).size());

        console.form().post("/admin/saved-filters/" + id + "/delete").then().statusCode(303)
                .header("Location", endsWith("/admin/customers"));
        assertTrue(savedOf(agent.id()).isEmpty());
    }

    @Test
    void aSavedFilterNeedsANameAListAndRoomForIt() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String location = console.form().formParam("list", "complaints").formParam("name", "  ")
                .formParam("query", "status=RECEIVED").post("/admin/saved-filters").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.endsWith("/admin/complaints?status=RECEIVED&savedFilterError=NAME"), location);
        console.request().queryParam("status", "RECEIVED").queryParam("savedFilterError", "NAME")
                .get("/admin/complaints").then().statusCode(200)
                .body(containsString("Give the filter a name of at most 60 characters."),
                        containsString("aria-invalid=\"true\""));
        console.form().formParam("list", "passwords").formParam("name", "Mine").formParam("query", "")
                .post("/admin/saved-filters").then().statusCode(400);
        assertTrue(savedOf(agent.id()).isEmpty());

        for (int i = 0; i < SavedFilters.MAX_PER_LIST; i++) {
            console.form().formParam("list", "follow-ups").formParam("name", "Filter " + i)
                    .formParam("query", "purpose=WELCOME&status=OPEN").post("/admin/saved-filters")
                    .then().statusCode(303);
        }
        console.form().formParam("list", "follow-ups").formParam("name", "One too many")
                .formParam("query", "status=DONE").post("/admin/saved-filters").then().statusCode(303)
                .header("Location", endsWith("/admin/follow-ups?status=DONE&savedFilterError=FULL"));
        assertEquals(SavedFilters.MAX_PER_LIST, savedOf(agent.id()).size());
        console.request().get("/admin/follow-ups").then().statusCode(200)
                .body(containsString("You keep at most 10 saved filters per list"),
                        not(containsString("action=\"/admin/saved-filters\"")));
    }

    // ------------------------------------------------------------------ helpers

    private static String customers(ConsoleSession console, String sort) {
        var request = console.request();
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.get("/admin/customers").then().statusCode(200).extract().asString();
    }

    private static String complaints(ConsoleSession console, String sort) {
        return console.request().queryParam("ownerId", "mine").queryParam("sort", sort).get("/admin/complaints")
                .then().statusCode(200).extract().asString();
    }

    private static String cases(ConsoleSession console, String sort) {
        return cases(console, "mine", sort);
    }

    /** The case list's section of the page (the save desk above it lists open cases too). */
    private static String cases(ConsoleSession console, String managerId, String sort) {
        var request = console.request().queryParam("managerId", managerId);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        String page = request.get("/admin/retention").then().statusCode(200).extract().asString();
        return page.substring(page.indexOf("id=\"cases\""));
    }

    private static String calls(ConsoleSession console, String sort) {
        return console.request().queryParam("sort", sort).get("/admin/follow-ups").then().statusCode(200)
                .extract().asString();
    }

    /** Each text appears in the page, in this order. */
    private static void assertRows(String page, String... texts) {
        List<Integer> at = new ArrayList<>();
        for (String text : texts) {
            int index = page.indexOf(text);
            assertTrue(index >= 0, () -> text + " is not on the page");
            at.add(index);
        }
        for (int i = 1; i < at.size(); i++) {
            int previous = i - 1;
            int current = i;
            assertTrue(at.get(previous) < at.get(current), () -> texts[previous] + " should come before "
                    + texts[current]);
        }
    }

    private static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    private static String followUp(Caller agent, String customerName, Instant due) {
        UUID customer = TestData.newCustomer(customerName, agent.id(), TestData.mobile());
        return agent.request().body(Map.of("customerId", customer.toString(), "purpose", "SATISFACTION", "dueAt",
                due.toString())).post("/api/v1/follow-ups").then()
                .statusCode(201).extract().path("id");
    }

    private static void missedTries(String followUp, int tries) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update follow_up set failed_tries = ?1 where id = ?2").setParameter(1, tries)
                .setParameter(2, UUID.fromString(followUp)).executeUpdate());
    }

    private static void valueClass(UUID customer, String valueClass) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update customer_standing set value_class = ?1 where customer_id = ?2")
                .setParameter(1, valueClass).setParameter(2, customer).executeUpdate());
    }

    private static List<SavedFilter> savedOf(UUID user) {
        return QuarkusTransaction.requiringNew().call(() -> SavedFilter.<SavedFilter>list("userId", user));
    }
}
