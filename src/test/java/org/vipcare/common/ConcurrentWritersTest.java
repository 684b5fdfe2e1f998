package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Concurrent writers of the same rows get 2xx or 412, never 500, and never wait on each other in a cycle. */
@QuarkusTest
class ConcurrentWritersTest {

    @Inject
    EntityManager em;

    @Test
    void parallelUpdatesWithTheSameIfMatchGiveOne200AndOnly412Otherwise() throws Exception {
        Caller owner = TestData.newUser(Role.AGENT);
        Map<String, Object> body = TestData.customerBody("Race");
        String id = TestData.createCustomer(owner, body);

        Map<Integer, Integer> statuses = run(20, writer -> {
            Map<String, Object> changed = new HashMap<>(body);
            changed.put("name", "Race " + writer);
            return owner.request().header("If-Match", "\"0\"").body(changed).put("/api/v1/customers/" + id);
        });

        assertEquals(Map.of(200, 1, 412, 19), statuses, "one writer wins, the others are told the version is stale");
        String name = (String) em.createNativeQuery("select name from customer where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult();
        assertTrue(name.startsWith("Race "), name);
        assertEquals(1L, ((Number) em.createNativeQuery("select version from customer where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    /** The same external ids in opposite orders: stored in a stable order, no batch is a deadlock's victim. */
    @Test
    void overlappingConsumptionBatchesInOppositeOrdersAllSucceed() throws Exception {
        Caller integration = TestData.as(Role.INTEGRATION);
        String customer = TestData.createCustomer(integration, TestData.customerBody("Batch buyer"));
        String prefix = TestData.unique("DL");
        List<Map<String, Object>> ascending = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ascending.add(Map.of("customerId", customer, "occurredAt", "2026-10-01T10:00:00+08:00",
                    "amount", new BigDecimal("10.00"), "kind", "SPEND", "externalId", String.format("%s-%03d", prefix, i)));
        }
        List<Map<String, Object>> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);

        List<Integer> accepted = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = run(20, writer -> {
            Response response = integration.request().body(writer % 2 == 0 ? ascending : descending)
                    .post("/api/v1/consumption-records");
            if (response.statusCode() == 200) {
                accepted.add(response.path("accepted"));
            }
            return response;
        });

        assertEquals(Map.of(200, 20), statuses);
        assertEquals(300, accepted.stream().mapToInt(Integer::intValue).sum(), "each record stored by exactly one batch");
        assertEquals(300L, ((Number) em.createNativeQuery(
                "select count(*) from consumption_record where customer_id = cast(?1 as uuid)")
                .setParameter(1, customer).getSingleResult()).longValue());
    }

    /** Starts {@code writers} calls at once; returns how many answered each status. */
    private static Map<Integer, Integer> run(int writers, WriterCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.send(writer).statusCode();
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface WriterCall {
        Response send(int writer);
    }
}
