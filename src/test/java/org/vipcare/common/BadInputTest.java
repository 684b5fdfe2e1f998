package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Input the database cannot take, or the arithmetic cannot hold, is refused with a 400 problem (never a 500) and
 * writes nothing. The API lists come from the served OpenAPI document, so a new list is covered without a new row.
 */
@QuarkusTest
class BadInputTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Every GET operation that takes a {@code page} parameter, with its path parameters filled in: a user's id under
     * {@code /users/}, a webhook's under {@code /webhooks/}, the customer's elsewhere.
     */
    private static List<String> listPaths(String customerId, String userId, String webhookId) {
        JsonPath document = JsonPath.from(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> lists = new ArrayList<>();
        paths.forEach((path, operations) -> {
            Object get = operations.get("get");
            if (get instanceof Map<?, ?> operation && operation.get("parameters") instanceof List<?> parameters
                    && parameters.stream().anyMatch(p -> p instanceof Map<?, ?> m && "page".equals(m.get("name")))) {
                lists.add(path.replace("{id}", path.startsWith("/api/v1/users/") ? userId
                        : path.startsWith("/api/v1/webhooks/") ? webhookId : customerId));
            }
        });
        return lists;
    }

    @TestFactory
    Stream<DynamicTest> everyApiListRefusesPagesBeyondReach() {
        Caller admin = TestData.admin();
        // An enterprise, so that the lists only enterprises have (contacts) answer too
        String customerId = TestData.createCustomer(admin, TestData.customerBody(TestData.unique("Paged"),
                Map.of("type", "ENTERPRISE")));
        // Nothing listens on port 9; the sender does not run in tests.
        String webhookId = admin.request().body(Map.of("url", "http://127.0.0.1:9/paged", "events",
                List.of("follow_up.gave_up"), "secret", "paged-webhook-secret-0123")).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        List<String> lists = listPaths(customerId, TestData.newUser(Role.AGENT).id().toString(), webhookId);
        assertTrue(lists.size() >= 10, "the document lists " + lists);
        assertFalse(lists.stream().anyMatch(p -> p.contains("{")), "a path parameter left unfilled: " + lists);
        return lists.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            for (String page : List.of("2147483647", "10737419", "99999999999999999999", "-1")) {
                admin.request().queryParam("page", page).queryParam("size", "200").get(path)
                        .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                        .body("violations.field", hasItem("page"));
            }
            // The last page the arithmetic holds is answered, empty.
            admin.request().queryParam("page", "10737418").queryParam("size", "200").get(path)
                    .then().statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(10737418));
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/customers", "/admin/complaints", "/admin/follow-ups", "/admin/retention" })
    void consoleListsShowAPageForAnyPageNumber(String list) {
        TestData.TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession session = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        for (String page : List.of("2147483647", "99999999999999999999", "-5", "x")) {
            session.request().queryParam("page", page).get(list).then().statusCode(200)
                    .contentType(startsWith("text/html"));
        }
    }

    @Test
    void aNulCharacterInAJsonFieldIsRefusedAndNothingIsStored() {
        Caller admin = TestData.admin();
        String name = TestData.unique("Nul") + "\u0000x";
        admin.request().body(TestData.customerBody(name)).post("/api/v1/customers")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("name"))
                .body("violations.message", hasItem(StorableInput.NUL_MESSAGE));
        assertEquals(0, TestData.customersNamed(name.replace("\u0000", "")));

        // In a list, in a nested object, and through the merge patch.
        String customerId = TestData.createCustomer(admin, TestData.customerBody(TestData.unique("Clean")));
        admin.request().body(ComplaintData.complaintBody(customerId, Map.of("summary", "bad\u0000summary")))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", hasItem("summary"));
        Response read = admin.request().get("/api/v1/customers/" + customerId);
        admin.request().contentType("application/merge-patch+json").header("If-Match", read.header("ETag"))
                .body(Map.of("address", "Road\u00001")).patch("/api/v1/customers/" + customerId)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        admin.request().body(List.of(Map.of("customerId", customerId, "occurredAt", "2026-01-01T00:00:00Z",
                "amount", "10.00", "kind", "SPEND", "externalId", "x\u0000y")))
                .post("/api/v1/consumption-records").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        assertEquals(0, TestData.count("complaint", "customer_id", customerId));
        assertEquals(0, TestData.count("consumption_record", "customer_id", customerId));
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefused() {
        Caller admin = TestData.admin();
        admin.request().queryParam("q", "ab\u0000").get("/api/v1/customers")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("q"));
        admin.request().queryParam("actor", "\u0000").get("/api/v1/audit")
                .then().statusCode(400).body("violations.field", hasItem("actor"));
    }

    @Test
    void aNulCharacterInAConsoleFormIsAnErrorPageNotA500() {
        TestData.TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession session = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        String clean = TestData.unique("Form");
        String name = clean + "\u0000";
        int status = session.form().formParam("name", name).formParam("type", "INDIVIDUAL")
                .formParam("mobile", TestData.mobile()).formParam("joinedAt", "2020-01-01")
                .post("/admin/customers").statusCode();
        assertTrue(status == 400 || status == 200, "status " + status);
        assertEquals(0, TestData.customersNamed(clean));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000-06-01", "+300000-01-01", "-0044-03-15" })
    void datesOutsideTheStoredYearsAreRefusedInBodies(String date) {
        Caller admin = TestData.admin();
        String name = TestData.unique("Dated");
        admin.request().body(TestData.customerBody(name, Map.of("joinedAt", date))).post("/api/v1/customers")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItem("joinedAt"))
                .body("violations.message", hasItem(StorableInput.YEAR_MESSAGE));
        assertEquals(0, TestData.customersNamed(name));

        String customerId = TestData.createCustomer(admin, TestData.customerBody(TestData.unique("Timed")));
        admin.request().body(ComplaintData.complaintBody(customerId, Map.of("receivedAt", date + "T08:00:00Z")))
                .post("/api/v1/complaints").then().statusCode(400).body("violations.field", hasItem("receivedAt"));
        admin.request().body(List.of(Map.of("customerId", customerId, "occurredAt", date + "T08:00:00+08:00",
                "amount", "10.00", "kind", "SPEND", "externalId", TestData.unique("c"))))
                .post("/api/v1/consumption-records").then().statusCode(400);
        admin.request().body(Map.of("customerId", customerId, "purpose", "SATISFACTION", "dueAt", date + "T08:00:00Z"))
                .post("/api/v1/follow-ups").then().statusCode(400).body("violations.field", hasItem("dueAt"));
        assertEquals(0, TestData.count("complaint", "customer_id", customerId));
        assertEquals(0, TestData.count("consumption_record", "customer_id", customerId));
        assertEquals(0, TestData.count("follow_up", "customer_id", customerId));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0000-06-01", "+300000-01-01", "300000-01-01T00:00:00Z" })
    void datesOutsideTheStoredYearsAreRefusedInQueries(String date) {
        Caller admin = TestData.admin();
        for (String list : List.of("/api/v1/complaints", "/api/v1/retention-cases", "/api/v1/audit")) {
            admin.request().queryParam("from", date).get(list).then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("from"));
        }
        admin.request().queryParam("dueBefore", date).get("/api/v1/follow-ups").then().statusCode(400);
    }

    @Test
    void aMalformedCsvIsRefusedWholeAndImportsNothing() {
        Caller admin = TestData.admin();
        String ref = TestData.unique("CSV");
        String header = "externalRef,name,type\n";
        List<String> files = List.of(
                header + ref + ",\"Unterminated,INDIVIDUAL\n",
                header + ref + ",Fine,INDIVIDUAL\n" + TestData.unique("CSV") + ",Short\n",
                header + ref + ",Fine,INDIVIDUAL,extra\n",
                header + ref + ",Bin\u0000\u0001\u0002ary,INDIVIDUAL\n");
        for (String file : files) {
            admin.request().contentType("text/csv").body(file).post("/api/v1/customers/import")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.size()", org.hamcrest.Matchers.greaterThan(0));
        }
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        admin.request().contentType("text/csv").body(binary).post("/api/v1/customers/import")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        admin.request().queryParam("q", ref).get("/api/v1/customers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCsvOverTheRowLimitIsRefusedWith413() {
        Caller admin = TestData.admin();
        String prefix = TestData.unique("Many");
        StringBuilder file = new StringBuilder("externalRef,name,type\n");
        for (int i = 0; i <= 50_000; i++) {
            file.append(prefix).append('-').append(i).append(",N,INDIVIDUAL\n");
        }
        admin.request().contentType("text/csv").body(file.toString()).post("/api/v1/customers/import")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.PAYLOAD_TOO_LARGE.uri().toString()));
        admin.request().queryParam("q", prefix + "-0").get("/api/v1/customers").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        Caller admin = TestData.admin();
        String big = "x".repeat(10 * 1024 * 1024 + 1);
        admin.request().body("{\"name\":\"" + big + "\"}").post("/api/v1/customers")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413)).body("type", equalTo(ProblemType.PAYLOAD_TOO_LARGE.uri().toString()));
    }

    @Test
    void aUriOverTheLimitIs414Problem() {
        Caller admin = TestData.admin();
        admin.request().queryParam("q", "x".repeat(9000)).get("/api/v1/customers")
                .then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414)).body("type", equalTo(ProblemType.URI_TOO_LONG.uri().toString()));
        given().get("/admin/" + "y".repeat(9000)).then().statusCode(414).contentType(Problem.MEDIA_TYPE);
    }
}
