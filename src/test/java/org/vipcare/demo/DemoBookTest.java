package org.vipcare.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.support.DemoDatabase;
import org.vipcare.support.TestData;

/**
 * Dev mode's demo book on an empty database: the book and all its cases load at start, made through the services in
 * one transaction, so a rule that only holds across requests (a fact written by one service and read by another)
 * shows here first.
 */
@QuarkusTest
@TestProfile(DemoDatabase.class)
class DemoBookTest {

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theBookAndItsCasesAreThere() {
        String supervisor = TestData.token("supervisor", "supervisor");
        given().header("Authorization", "Bearer " + supervisor).get("/api/v1/customers?size=1")
                .then().statusCode(200).body("total", equalTo(200));
        given().header("Authorization", "Bearer " + supervisor).get("/api/v1/complaints?size=1")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(20));
        given().header("Authorization", "Bearer " + supervisor).get("/api/v1/complaints?status=CLOSED&size=1")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        given().header("Authorization", "Bearer " + supervisor).get("/api/v1/retention-cases?size=1")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(10));
        // enterprise accounts: classes, three people each, a visit made and the next one planned for A and B
        String enterprise = given().header("Authorization", "Bearer " + supervisor)
                .get("/api/v1/customers?type=ENTERPRISE&enterpriseClass=A&managerId=" + managerOfSomeA() + "&size=1")
                .then().statusCode(200).extract().path("items[0].id");
        given().header("Authorization", "Bearer " + supervisor).get("/api/v1/customers/" + enterprise + "/contacts")
                .then().statusCode(200).body("total", equalTo(3), "items[0].buyingRole", equalTo("DECISION_MAKER"));
        given().header("Authorization", "Bearer " + supervisor)
                .get("/api/v1/visits?customerId=" + enterprise + "&status=DONE").then().statusCode(200)
                .body("total", equalTo(1));
        given().header("Authorization", "Bearer " + supervisor)
                .get("/api/v1/visits?customerId=" + enterprise + "&status=PLANNED").then().statusCode(200)
                .body("total", equalTo(1), "items[0].checklist.size()", greaterThanOrEqualTo(5));
    }

    private String managerOfSomeA() {
        return String.valueOf(em.createNativeQuery("select manager_id from customer where type = 'ENTERPRISE'"
                + " and enterprise_class = 'A' and manager_id is not null order by name limit 1").getSingleResult());
    }

    @Test
    void everyClosedComplaintWasVerifiedFirst() {
        Number unverified = (Number) em.createNativeQuery("select count(*) from complaint"
                + " where status = 'CLOSED' and (verified_at is null or verified_at < resolved_at)").getSingleResult();
        assertEquals(0, unverified.intValue());
    }
}
