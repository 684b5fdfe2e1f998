package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * INTEGRATION may do what ../shared/API.md lists for it (customers: create, update, import, masked read; consumption
 * records) plus open retention cases and read back the cases it opened. Every other operation of the document
 * answers it 403; an operation that starts admitting INTEGRATION fails this test until it is added here.
 */
@QuarkusTest
class IntegrationConfinementTest {

    static final Set<String> INTEGRATION_OPERATIONS = Set.of(
            "createCustomer", "getCustomer", "listCustomers", "updateCustomer", "patchCustomer", "importCustomers",
            "recordConsumption", "createRetentionCase", "getRetentionCase", "listRetentionCases",
            "listRetentionCaseEvents", "getRetentionOffer", "listChurnReasons");

    /** Open to every signed-in caller, whatever the role (API.md "Users"). */
    static final Set<String> EVERY_CALLER = Set.of("getCurrentUser", "changeOwnPassword");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Operation(String method, String path, String id, List<String> roles) {
    }

    private static List<Operation> operations() {
        JsonPath document = JsonPath.from(given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .asString());
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!(operation.get("security") instanceof List<?> security) || security.isEmpty()) {
                return; // the token endpoints: no bearer token, no role
            }
            List<String> roles = new ArrayList<>();
            security.forEach(s -> ((Map<String, List<String>>) s).values().forEach(roles::addAll));
            operations.add(new Operation(method.toUpperCase(), path, (String) operation.get("operationId"), roles));
        }));
        return operations;
    }

    @Test
    void theDocumentAdmitsIntegrationExactlyWhereListed() {
        Set<String> admitted = new TreeSet<>();
        operations().stream().filter(o -> o.roles().contains("INTEGRATION")).forEach(o -> admitted.add(o.id()));
        Set<String> missing = new TreeSet<>(INTEGRATION_OPERATIONS);
        missing.removeAll(admitted);
        Set<String> unlisted = new TreeSet<>(admitted);
        unlisted.removeAll(INTEGRATION_OPERATIONS);
        assertTrue(unlisted.isEmpty(), "INTEGRATION admitted beyond API.md: " + unlisted);
        assertTrue(missing.isEmpty(), "listed but no longer in the document: " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everyOtherOperationRefusesIntegration() {
        Caller integration = TestData.newUser(Role.INTEGRATION);
        List<Operation> refused = operations().stream()
                .filter(o -> !INTEGRATION_OPERATIONS.contains(o.id()) && !EVERY_CALLER.contains(o.id())).toList();
        assertTrue(refused.size() > 40, "operations: " + refused.size());
        String someId = UUID.randomUUID().toString();
        return refused.stream().map(o -> DynamicTest.dynamicTest(o.method() + " " + o.path(), () -> {
            String path = o.path().replaceAll("\\{[^}]+}", someId);
            int status = integration.request().body("{}").request(o.method(), path).statusCode();
            assertEquals(403, status, o.id());
        }));
    }

    @Test
    void itReadsOnlyTheRetentionCasesItOpened() {
        Caller integration = TestData.newUser(Role.INTEGRATION);
        Caller otherIntegration = TestData.newUser(Role.INTEGRATION);
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody(TestData.unique("Leaving")));
        Map<String, Object> body = Map.of("customerId", customer, "type", "SERVICE", "statedReason", "price");
        String own = integration.request().body(body).post("/api/v1/retention-cases").then().statusCode(201)
                .extract().path("id");
        String agents = agent.request().body(body).post("/api/v1/retention-cases").then().statusCode(201)
                .extract().path("id");
        String others = otherIntegration.request().body(body).post("/api/v1/retention-cases").then().statusCode(201)
                .extract().path("id");

        integration.request().get("/api/v1/retention-cases/" + own).then().statusCode(200);
        for (String notOwn : List.of(agents, others)) {
            integration.request().get("/api/v1/retention-cases/" + notOwn).then().statusCode(403);
            integration.request().get("/api/v1/retention-cases/" + notOwn + "/events").then().statusCode(403);
        }
        integration.request().queryParam("customerId", customer).get("/api/v1/retention-cases").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", hasItem(own))
                .body("items.id", not(hasItem(agents))).body("items.id", not(hasItem(others)));
        integration.request().queryParam("size", "200").get("/api/v1/retention-cases").then().statusCode(200)
                .body("items.openedBy.unique()", org.hamcrest.Matchers.contains(integration.id().toString()));
    }
}
