package org.vipcare.customer.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.CustomerHistory;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * A customer's timeline and tier history, a complaint's and a retention case's history render from their facts in
 * the reader's language, naming people by display name; the API keeps its English lines.
 */
@QuarkusTest
class CustomerHistoryLanguageTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theTimelineReadsInChineseWithTheAgentsName() {
        Caller agent = TestData.newUser(Role.AGENT);
        CustomerHistory history = CustomerHistory.of(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String page = console.request().header("Accept-Language", "zh-CN").cookie("vipcare-lang", "zh-CN")
                .get("/admin/customers/" + history.customerId()).then().statusCode(200).extract().asString();
        assertContains(page, "消费 294.57 元", "普通级 → 银级（等级评定）",
                "等级评定：窗口期消费 294.57（平均 100.00），到店 3 次（平均 1.5）",
                "处理中 · 已反馈客户：已告知客户核查进度", "受理", "同一月份被扣费两次",
                "探询 · 建立信任 → 探询原因 · 资费不满：竞争对手的套餐更便宜", "满意度调查 · 成功 · 满意度 4/5：反映问题：晚上网速慢",
                history.agentName());
        assertNotContains(page, "SPEND", "ORDINARY", "evaluation:", "PROBED", "TARIFF", "REACHED", "[feedback given]",
                agent.username());
    }

    @Test
    void theTimelineReadsInEnglishFromTheSameFacts() {
        Caller agent = TestData.newUser(Role.AGENT);
        CustomerHistory history = CustomerHistory.of(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String page = console.request().get("/admin/customers/" + history.customerId()).then().statusCode(200)
                .extract().asString();
        assertContains(page, "Purchase of 294.57", "Tier evaluation: spend 294.57 (average 100.00), 3 visits",
                "feedback given: 已告知客户核查进度", history.agentName());
        assertNotContains(page, "SPEND 294.57", ">evaluation: spend", agent.username());
    }

    @Test
    void complaintAndRetentionHistoriesNameThePeopleAndTheFactsInChinese() {
        Caller agent = TestData.newUser(Role.AGENT);
        CustomerHistory history = CustomerHistory.of(agent);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        String complaint = console.request().cookie("vipcare-lang", "zh-CN").header("Accept-Language", "zh-CN")
                .get("/admin/complaints/" + history.complaintId()).then().statusCode(200).extract().asString();
        assertContains(complaint, "已反馈客户", "已告知客户核查进度", history.agentName());
        assertNotContains(complaint, "[feedback given]", ">" + agent.username() + "<");

        String retention = console.request().cookie("vipcare-lang", "zh-CN").header("Accept-Language", "zh-CN")
                .get("/admin/retention/" + history.caseId()).then().statusCode(200).extract().asString();
        assertContains(retention, "资费不满 · 能，属有能力原因", "麻木型", "竞争对手的套餐更便宜", "资费转换 · 改为家庭套餐",
                "每月 20.00 元", history.agentName());
        assertNotContains(retention, "real reason", "TARIFF_CHANGE:", ">" + agent.username() + "<");
    }

    /** The API's fields stay as they were and carry the facts beside them. */
    @Test
    void theApiKeepsItsEnglishLinesAndAddsTheFacts() {
        Caller agent = TestData.newUser(Role.AGENT);
        CustomerHistory history = CustomerHistory.of(agent);

        agent.request().get("/api/v1/complaints/" + history.complaintId() + "/events").then().statusCode(200)
                .body("find { it.kind == 'PROGRESS' }.note", equalTo("[feedback given] 已告知客户核查进度"))
                .body("find { it.kind == 'PROGRESS' }.feedbackGiven", equalTo(true));
        agent.request().get("/api/v1/customers/" + history.customerId() + "/timeline").then().statusCode(200)
                .body("items.find { it.kind == 'CONSUMPTION' }.summary", equalTo("SPEND 294.57"))
                .body("items.find { it.kind == 'CONSUMPTION' }.action", equalTo("SPEND"))
                .body("items.find { it.kind == 'FOLLOW_UP_ATTEMPT' }.qualifier", equalTo("SATISFACTION"))
                .body("items.find { it.kind == 'FOLLOW_UP_ATTEMPT' }.actorId", equalTo(agent.id().toString()))
                .body("items.find { it.kind == 'RETENTION_CASE' && it.action == 'PROBED' }.summary",
                        containsString("real reason TARIFF"))
                .body("items.find { it.kind == 'RETENTION_CASE' && it.action == 'PROBED' }.qualifier",
                        not(equalTo(null)));
    }

    private static void assertContains(String page, String... texts) {
        for (String text : texts) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(text), () -> "page lacks: " + text);
        }
    }

    private static void assertNotContains(String page, String... texts) {
        for (String text : texts) {
            org.junit.jupiter.api.Assertions.assertFalse(page.contains(text), () -> "page shows: " + text);
        }
    }
}
