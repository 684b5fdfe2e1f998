package org.vipcare.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierPolicies;

/** Both SLA clocks counting working time of the seeded calendar (Mon–Fri 09:00–18:00 Shanghai). */
@QuarkusTest
@TestProfile(WorkingTimeSlaTest.WorkingTime.class)
class WorkingTimeSlaTest {

    public static class WorkingTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vipcare.complaints.sla-time", "WORKING");
        }
    }

    @Inject
    TierPolicies policies;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aComplaintReceivedFridayEveningIsDueInWorkingTime() {
        assertEquals(0, BigDecimal.ONE.compareTo(policies.current().tier(Tier.ORDINARY).slaMultiplier()),
                "the expected times assume ORDINARY's default multiplier 1.00");
        Caller agent = TestData.newUser(Role.AGENT);
        String customer = TestData.createCustomer(agent, TestData.customerBody("After hours"));
        // Friday 2026-11-20 17:00 in Shanghai: one working hour left that day, then the weekend.
        JsonPath body = agent.request().body(ComplaintData.complaintBody(customer,
                Map.of("receivedAt", "2026-11-20T09:00:00Z"))).post("/api/v1/complaints")
                .then().statusCode(201).extract().jsonPath();
        // 2 working hours: Friday 17:00-18:00 and Monday 09:00-10:00; amber at 1.5 h, Monday 09:30.
        assertEquals(Instant.parse("2026-11-23T02:00:00Z"), Instant.parse(body.getString("contactDueAt")));
        assertEquals(Instant.parse("2026-11-23T01:30:00Z"), Instant.parse(body.getString("contactWarnAt")));
        // 3 working days = 27 h: Friday 1, Monday 9, Tuesday 9, Wednesday 8 -> Wednesday 17:00; amber at 20.25 h.
        assertEquals(Instant.parse("2026-11-25T09:00:00Z"), Instant.parse(body.getString("feedbackDueAt")));
        assertEquals(Instant.parse("2026-11-25T02:15:00Z"), Instant.parse(body.getString("feedbackWarnAt")));
    }
}
