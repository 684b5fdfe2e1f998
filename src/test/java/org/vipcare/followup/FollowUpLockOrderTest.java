package org.vipcare.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintHandedOver;
import org.vipcare.security.Role;
import org.vipcare.support.ComplaintData;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The lock order of a call attempt on a complaint's verification call. A complaint move locks the complaint, then
 * changes its verification call (a handover reassigns it, a resolution reschedules it); recording an attempt inserts a
 * row whose V5 trigger adds the satisfaction to the complaint. If the attempt locked the call first and the complaint
 * second (in the trigger), the two would deadlock. The test makes the interleaving happen, deterministically: a
 * handover holds the complaint lock; the attempt starts and is seen waiting for that lock in pg_locks; only then does
 * the handover touch the call. With the complaint locked first by both, the handover goes through and the attempt
 * follows it; with the old order PostgreSQL would report a deadlock and abort one of them.
 */
@QuarkusTest
class FollowUpLockOrderTest {

    @Inject
    EntityManager em;

    @Inject
    Event<ComplaintHandedOver> handedOver;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAttemptWaitsForAComplaintMoveInsteadOfDeadlockingWithIt() throws Exception {
        Caller owner = TestData.newUser(Role.AGENT);
        Caller colleague = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String customer = TestData.createCustomer(owner, TestData.customerBody("Verified under load"));
        UUID complaintId = UUID.fromString(ComplaintData.createComplaint(owner, customer, Map.of()));
        String path = "/api/v1/complaints/" + complaintId;
        owner.request().body(Map.of()).post(path + "/contact").then().statusCode(200);
        owner.request().body(Map.of("note", "Refund asked for")).post(path + "/progress").then().statusCode(200);
        owner.request().body(Map.of("resolution", "Refunded")).post(path + "/resolve").then().statusCode(200);
        String task = owner.request().queryParam("complaintId", complaintId.toString()).get("/api/v1/follow-ups")
                .then().statusCode(200).extract().path("items[0].id");

        // 1. The handover's transaction locks the complaint, as ComplaintService does before any move.
        CountDownLatch complaintLocked = new CountDownLatch(1);
        CountDownLatch attemptWaiting = new CountDownLatch(1);
        AtomicInteger handoverBackend = new AtomicInteger();
        AtomicReference<Throwable> handoverFailure = new AtomicReference<>();
        CompletableFuture<Void> handover = CompletableFuture.runAsync(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Complaint.findForUpdate(complaintId).orElseThrow();
                    handoverBackend.set(((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult())
                            .intValue());
                    complaintLocked.countDown();
                    await(attemptWaiting);
                    // 3. ...and only then announces the handover, whose observer reassigns the verification call.
                    handedOver.fire(new ComplaintHandedOver(complaintId, colleague.id(), Instant.now(), null, null,
                            null));
                    em.flush();
                });
            } catch (Throwable e) {
                handoverFailure.set(e);
            }
        });
        assertTrue(complaintLocked.await(15, TimeUnit.SECONDS), "the handover never locked the complaint");

        // 2. The attempt starts while the complaint is locked and must end up waiting for the handover.
        CompletableFuture<Response> attempt = CompletableFuture.supplyAsync(() -> supervisor.request()
                .body(Map.of("outcome", "REACHED", "satisfaction", 4))
                .post("/api/v1/follow-ups/" + task + "/attempts"));
        waitUntilSomebodyWaitsFor(handoverBackend.get());
        attemptWaiting.countDown();

        handover.get(30, TimeUnit.SECONDS);
        assertNull(handoverFailure.get(), () -> "the handover failed: " + handoverFailure.get());
        Response recorded = attempt.get(30, TimeUnit.SECONDS);
        assertEquals(201, recorded.statusCode(), recorded.asString());

        Object[] satisfaction = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select satisfaction_sum, satisfaction_answers, verified_at is not null from complaint where id = ?1")
                .setParameter(1, complaintId).getSingleResult());
        assertEquals(List.of(4, 1), List.of(((Number) satisfaction[0]).intValue(),
                ((Number) satisfaction[1]).intValue()));
        assertEquals(true, satisfaction[2], "the reached call marks the complaint verified");
        FollowUp call = QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(
                UUID.fromString(task)));
        assertEquals(colleague.id(), call.assigneeId);
        assertEquals(FollowUpStatus.DONE, call.status);
        assertEquals(1, call.attempts);
    }

    /** Polls pg_locks until a backend waits for a lock that {@code pid} holds; fails after 15 s. */
    private void waitUntilSomebodyWaitsFor(int pid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            long waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from pg_stat_activity where ?1 = any(pg_blocking_pids(pid))")
                    .setParameter(1, pid).getSingleResult()).longValue());
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the attempt never waited for the handover's lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(15, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the attempt did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
