package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * Issue 16: accounts kept in memory still follow changes made elsewhere (another replica, or SQL), through the
 * database's notices, and when the notices' connection is lost.
 */
@QuarkusTest
class AccountChangeFeedTest {

    private static final String FEED = "vipcare account change feed";

    @Inject
    EntityManager em;

    @Inject
    AccountStates accounts;

    @Test
    void aChangeMadeElsewhereReachesTheKeptAccount() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        supervisor.request().get("/api/v1/audit").then().statusCode(200);
        assertTrue(accounts.known(supervisor.id()).isPresent(), "kept after the first request");

        sql("update app_user set roles = 'AGENT' where id = '" + supervisor.id() + "'");

        assertEquals(403, firstStatusOtherThan(200, () -> supervisor.request().get("/api/v1/audit").statusCode()));
    }

    @Test
    void aLostFeedForgetsWhatItKeptAndComesBack() {
        Caller supervisor = TestData.newUser(Role.SUPERVISOR);
        supervisor.request().get("/api/v1/audit").then().statusCode(200);
        int before = feedBackend();

        sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '" + FEED + "'");
        sql("update app_user set roles = 'AGENT' where id = '" + supervisor.id() + "'");

        assertEquals(403, firstStatusOtherThan(200, () -> supervisor.request().get("/api/v1/audit").statusCode()));
        long deadline = System.currentTimeMillis() + 10_000;
        while (feedBackend() == before || feedBackend() == 0) {
            assertTrue(System.currentTimeMillis() < deadline, "the feed connects again");
            pause();
        }
        supervisor.request().get("/api/v1/users/me").then().statusCode(200);
        assertTrue(accounts.known(supervisor.id()).isPresent(), "kept again once the feed is back");
    }

    /** Polls for up to 5 s: a notice takes milliseconds, not a request. */
    private static int firstStatusOtherThan(int status, IntSupplier request) {
        long deadline = System.currentTimeMillis() + 5_000;
        int seen = request.getAsInt();
        while (seen == status && System.currentTimeMillis() < deadline) {
            pause();
            seen = request.getAsInt();
        }
        return seen;
    }

    private int feedBackend() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(pid), 0) from pg_stat_activity where application_name = ?1")
                .setParameter(1, FEED).getSingleResult()).intValue());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (statement.startsWith("select")) {
                em.createNativeQuery(statement).getResultList();
            } else {
                em.createNativeQuery(statement).executeUpdate();
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
