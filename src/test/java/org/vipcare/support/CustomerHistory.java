package org.vipcare.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.Customer;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierChangeCause;
import org.vipcare.tier.TierHistory;

/**
 * A customer with a history of every kind, all typed in Chinese as a Chinese team would: a purchase, a tier change
 * by evaluation, a complaint contacted and progressed with feedback, a retention case probed and offered, and a
 * satisfaction call that reached the customer. The agent who did it all is renamed to a Chinese display name, so that
 * a page naming people by login id shows the login id (ASCII) instead.
 */
public record CustomerHistory(UUID customerId, String customerName, String agentName, String complaintId,
        String caseId, String followUpId) {

    public static CustomerHistory of(Caller agent) {
        String agentName = "李" + TestData.unique("经理").replaceAll("[^0-9]", "");
        String customerName = "王" + TestData.unique("芳").replaceAll("[^0-9]", "");
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("update app_user set display_name = ?1 where id = ?2")
                .setParameter(1, agentName).setParameter(2, agent.id()).executeUpdate());
        UUID customerId = TestData.newCustomer(customerName, agent.id(), TestData.mobile());
        Instant now = TestData.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Customer.getEntityManager().createNativeQuery("insert into consumption_record (id, customer_id, "
                    + "occurred_at, amount, kind, created_at) values (?1, ?2, ?3, 294.57, 'SPEND', ?3)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, customerId)
                    .setParameter(3, now.minus(20, ChronoUnit.DAYS)).executeUpdate();
            TierHistory change = TierHistory.of(customerId, Tier.ORDINARY, Tier.SILVER,
                    "evaluation: spend 294.57 (average 100.00), visits 3 (average 1.50)", 1,
                    now.minus(15, ChronoUnit.DAYS));
            change.cause = TierChangeCause.EVALUATION;
            change.windowSpend = new BigDecimal("294.57");
            change.averageSpend = new BigDecimal("100.00");
            change.windowVisits = 3;
            change.averageVisits = new BigDecimal("1.50");
            change.persist();
        });

        String complaintId = ComplaintData.createComplaint(agent, customerId.toString(),
                Map.of("summary", "同一月份被扣费两次", "demand", "退还多扣的费用"));
        agent.request().body(Map.of("note", "已致电客户致歉")).post("/api/v1/complaints/" + complaintId + "/contact")
                .then().statusCode(200);
        agent.request().body(Map.of("note", "已告知客户核查进度", "feedbackGiven", true))
                .post("/api/v1/complaints/" + complaintId + "/progress").then().statusCode(200);

        String caseId = RetentionData.open(agent, customerId.toString(),
                Map.of("service", "国际漫游", "statedReason", "资费太贵", "channel", "电话"));
        Map<String, Object> probe = new HashMap<>(RetentionData.probe("TARIFF", true, "NUMB", 4, 2));
        probe.put("reasonDetail", "竞争对手的套餐更便宜");
        RetentionData.probe(agent, caseId, probe);
        agent.request().body(Map.of("kind", "TARIFF_CHANGE", "description", "改为家庭套餐",
                "monthlyValue", new BigDecimal("20.00"))).post(RetentionData.BASE + "/" + caseId + "/offers")
                .then().statusCode(201);

        String followUpId = agent.request().body(Map.of("customerId", customerId.toString(), "purpose",
                "SATISFACTION", "dueAt", now.plus(1, ChronoUnit.HOURS).toString(), "note", "季度满意度回访"))
                .post("/api/v1/follow-ups").then().statusCode(201).extract().path("id");
        agent.request().body(Map.of("outcome", "REACHED", "satisfaction", 4, "answers", "对服务满意",
                "problem", "晚上网速慢")).post("/api/v1/follow-ups/" + followUpId + "/attempts")
                .then().statusCode(201);
        return new CustomerHistory(customerId, customerName, agentName, complaintId, caseId, followUpId);
    }
}
