package org.vipcare.admin;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.admin.ConsoleTestData.TestUser;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerType;
import org.vipcare.security.Role;
import org.vipcare.tier.Tier;

/** The customer page's tier parts. */
@QuarkusTest
class TierAdminResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void customerPageShowsTheRecommendedActionWindowFiguresAndTierHistory() {
        TestUser agent = ConsoleTestData.newUser(Role.AGENT);
        String reason = ConsoleTestData.unique("evaluation: spend 3000.00 (average 1000.00)");
        UUID stable = QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.stampNew(Instant.now());
            customer.name = ConsoleTestData.unique("Tiered Customer");
            customer.type = CustomerType.INDIVIDUAL;
            customer.phoneMobile = ConsoleTestData.mobile();
            customer.joinedAt = LocalDate.now().minusDays(800);
            customer.managerId = agent.id();
            customer.tier = Tier.GOLD;
            customer.windowSpend = new BigDecimal("12345.60");
            customer.windowVisits = 17;
            customer.persist();
            return customer.id;
        });
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ConsoleTestData.recordTierChange(stable, null, Tier.ORDINARY, "first evaluation", 1, at.minusSeconds(86400));
        ConsoleTestData.recordTierChange(stable, Tier.ORDINARY, Tier.GOLD, reason, 1, at);
        ConsoleSession console = ConsoleSession.login(agent.username(), ConsoleTestData.PASSWORD);

        String page = console.request().get("/admin/customers/" + stable)
                .then().statusCode(200)
                .body(containsString("Recommended action"),
                        containsString("Widen the value of our service and recommend new products that fit."),
                        containsString("12,345.60"), containsString("Visits in the window"),
                        containsString("Tier history"), containsString(reason), containsString("first tier"))
                .extract().asString();
        assertTrue(page.indexOf(reason) < page.indexOf("first evaluation"), "newest first");

        TestUser chineseAgent = ConsoleTestData.newUser(Role.AGENT, "zh-CN");
        UUID newcomer = ConsoleTestData.newCustomer(ConsoleTestData.unique("New Customer"), chineseAgent.id(),
                ConsoleTestData.mobile(), LocalDate.now().minusDays(10));
        ConsoleSession.login(chineseAgent.username(), ConsoleTestData.PASSWORD).request()
                .get("/admin/customers/" + newcomer)
                .then().statusCode(200)
                .body(containsString("建议行动"), containsString("介绍业务"), containsString("等级变更记录"),
                        containsString("暂无等级变更记录。"));
    }
}
