package org.vipcare.common;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.customer.Customer;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.RetentionData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Creates answer 201 with the resource as JSON and its Location, whatever JSON-ish Accept a generated client sends. */
@QuarkusTest
class CreatedResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aCreateAndADeleteSucceedWhenTheClientAcceptsOnlyProblemJson() {
        Caller admin = TestData.admin();
        String ref = TestData.unique("ACC");
        String location = admin.request().accept(PROBLEM)
                .body(TestData.customerBody("Accept Problem", Map.of("externalRef", ref)))
                .post("/api/v1/customers")
                .then().statusCode(201).contentType("application/json").header("ETag", "\"0\"")
                .body("externalRef", equalTo(ref))
                .extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        admin.request().accept(PROBLEM).delete(location).then().statusCode(204);
        Customer stored = QuarkusTransaction.requiringNew().call(() -> Customer.findById(id));
        assertNotNull(stored.erasedAt);
        admin.request().accept(PROBLEM).get(location)
                .then().statusCode(404).contentType(PROBLEM).body("type", endsWith("/not-found"));
    }

    @Test
    void anAcceptNamingNeitherJsonNorProblemJsonIsRefusedAndStoresNothing() {
        Caller admin = TestData.admin();
        String ref = TestData.unique("HTML");
        admin.request().accept("text/html")
                .body(TestData.customerBody("Wants Html", Map.of("externalRef", ref)))
                .post("/api/v1/customers")
                .then().statusCode(406).contentType(PROBLEM).body("status", is(406));
        long stored = QuarkusTransaction.requiringNew().call(() -> Customer.count("externalRef", ref));
        assertEquals(0, stored);
    }

    @Test
    void anAcceptNamingOtherTypesIsNegotiatedAsUsual() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        supervisor.request().accept("text/csv, application/problem+json").queryParam("period", "WEEK")
                .get("/api/v1/complaints/reports").then().statusCode(200).contentType(startsWith("text/csv"));
        supervisor.request().accept("text/csv, application/problem+json").get("/api/v1/complaints")
                .then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void everyCreateAnswers201WithTheResourceAndItsLocation() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        String both = "application/json, application/problem+json";
        String customer = TestData.createCustomer(supervisor, TestData.customerBody("Everything Created"));

        ExtractableResponse<Response> complaint = supervisor.request().accept(PROBLEM)
                .body(ComplaintData.complaintBody(customer, Map.of())).post("/api/v1/complaints")
                .then().statusCode(201).contentType("application/json").extract();
        assertLocation(complaint, "/api/v1/complaints/");

        ExtractableResponse<Response> task = supervisor.request().accept(both)
                .body(Map.of("customerId", customer, "purpose", "SATISFACTION",
                        "dueAt", TestData.now().plus(Duration.ofHours(2)).toString()))
                .post("/api/v1/follow-ups").then().statusCode(201).contentType("application/json").extract();
        assertLocation(task, "/api/v1/follow-ups/");

        String taskId = task.path("id");
        ExtractableResponse<Response> attempt = supervisor.request().accept(PROBLEM)
                .body(Map.of("outcome", "NO_ANSWER")).post("/api/v1/follow-ups/" + taskId + "/attempts")
                .then().statusCode(201).contentType("application/json")
                .body("attempt.outcome", equalTo("NO_ANSWER"), "followUp.id", equalTo(taskId)).extract();
        assertEquals(task.header("Location"), attempt.header("Location"));

        ExtractableResponse<Response> retention = supervisor.request().accept(PROBLEM)
                .body(Map.of("customerId", customer, "type", "SERVICE", "service", "Roaming", "channel", "PHONE"))
                .post(RetentionData.BASE).then().statusCode(201).contentType("application/json").extract();
        assertLocation(retention, "/api/v1/retention-cases/");

        String username = TestData.unique("made");
        ExtractableResponse<Response> user = TestData.admin().request().accept(PROBLEM)
                .body(Map.of("username", username, "displayName", "Made Here", "password", "Sesame-Kettle-Marble-8",
                        "roles", List.of("AGENT")))
                .post("/api/v1/users").then().statusCode(201).contentType("application/json")
                .body("username", equalTo(username)).extract();
        assertLocation(user, "/api/v1/users/");
    }

    @Test
    void theTierEvaluationAnswers202WithTheRunAndWhereToPollIt() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        ExtractableResponse<Response> started = supervisor.request().accept(PROBLEM).post("/api/v1/tiers/evaluations")
                .then().statusCode(202).contentType("application/json").body("status", equalTo("RUNNING"))
                .extract();
        assertLocation(started, "/api/v1/tiers/evaluations/");
        for (int i = 0; i < 100; i++) {
            String status = supervisor.request().get(started.header("Location")).then().statusCode(200)
                    .body("id", notNullValue()).extract().path("status");
            if (!"RUNNING".equals(status)) {
                assertEquals("DONE", status);
                return;
            }
            sleep();
        }
        throw new AssertionError("The evaluation did not finish");
    }

    /** The Location names the resource the body describes, and reading it answers that resource. */
    private static void assertLocation(ExtractableResponse<Response> created, String under) {
        String id = created.path("id");
        assertNotNull(id, "the body is the created resource");
        assertEquals(under + id, java.net.URI.create(created.header("Location")).getPath());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
