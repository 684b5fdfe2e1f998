package org.vipcare.complaint.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.ComplaintCategory;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
class ComplaintCategoryAdminResourceTest {

    static final String PAGE = "/admin/complaint-categories";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String newCode() {
        return "C_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static ComplaintCategory stored(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ComplaintCategory.<ComplaintCategory>findById(code));
    }

    @Test
    void agentsAreRefusedAndSeeNoLink() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);
        console.request().get(PAGE).then().statusCode(403).contentType(startsWith("text/html"));
        console.form().formParam("code", newCode()).formParam("nameEn", "x").formParam("nameZh", "x")
                .formParam("sortOrder", "1").post(PAGE).then().statusCode(403);
        console.request().get("/admin/complaints").then().statusCode(200)
                .body(not(containsString("href=\"" + PAGE + "\"")));
    }

    @Test
    void aSupervisorAddsRenamesAndRetiresACategory() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        console.request().get("/admin/complaints").then().statusCode(200)
                .body(containsString("href=\"" + PAGE + "\""));
        console.request().get(PAGE).then().statusCode(200)
                .body(containsString("Complaint categories"), containsString("action=\"" + PAGE + "/BILLING\""),
                        containsString("name=\"_csrf\""), containsString("账单"));

        String code = newCode();
        console.form().formParam("code", code.toLowerCase()).formParam("nameEn", "Parking")
                .formParam("nameZh", "停车").formParam("sortOrder", "40").formParam("active", "true")
                .post(PAGE).then().statusCode(303).header("Location", containsString(PAGE + "?notice=created"));
        ComplaintCategory created = stored(code);
        assertEquals("停车", created.nameZh);
        assertEquals(supervisor.username(), created.updatedBy);

        console.form().formParam("code", code).formParam("nameEn", "Again").formParam("nameZh", "再")
                .formParam("sortOrder", "41").post(PAGE).then().statusCode(400)
                .body(containsString("id=\"e-new-code\""), containsString("exists already"));
        console.form().formParam("code", "9LIVES").formParam("nameEn", "").formParam("nameZh", "九")
                .formParam("sortOrder", "many").post(PAGE).then().statusCode(400)
                .body(containsString("id=\"e-new-nameEn\""), containsString("id=\"e-new-sortOrder\""));
        console.form().formParam("code", "NINE_LIVES").formParam("nameEn", "Nine").formParam("nameZh", "九")
                .formParam("sortOrder", "-4").post(PAGE).then().statusCode(400)
                .body(containsString("id=\"e-new-sortOrder\""));

        // retire it: the checkbox is not sent
        console.form().formParam("version", "0").formParam("nameEn", "Car park").formParam("nameZh", "停车场")
                .formParam("sortOrder", "40").post(PAGE + "/" + code).then().statusCode(303)
                .header("Location", containsString("notice=saved"));
        ComplaintCategory retired = stored(code);
        assertFalse(retired.active);
        assertEquals("Car park", retired.nameEn);
        assertEquals(1, retired.version);
        console.request().get(PAGE).then().statusCode(200).body(containsString("Retired"));
        console.request().get("/admin/complaints/new").then().statusCode(200)
                .body(not(containsString("value=\"" + code + "\"")));

        // a form loaded before that save is stale
        console.form().formParam("version", "0").formParam("nameEn", "Parking lot").formParam("nameZh", "停车")
                .formParam("sortOrder", "40").formParam("active", "true").post(PAGE + "/" + code)
                .then().statusCode(409).body(containsString("Someone saved this category"));
        assertEquals("Car park", stored(code).nameEn);
        assertNull(stored("NINE_LIVES"));
    }
}
