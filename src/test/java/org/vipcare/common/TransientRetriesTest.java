package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transaction PostgreSQL rolled back as a serialization failure or deadlock victim runs again, a bounded number of
 * times; other failures, and calls inside a running transaction, are not retried. The failures are PostgreSQL's own
 * (raised with their SQLState), so the whole path from the server through the driver and Hibernate is real.
 */
@QuarkusTest
class TransientRetriesTest {

    @Inject
    LosingWork work;

    @BeforeEach
    void reset() {
        work.reset();
    }

    @Test
    void aSerializationFailureIsRunAgainAndItsSecondAttemptCommits() {
        assertEquals("done", work.failing("40001", 1));
        assertEquals(2, work.calls());
    }

    @Test
    void aDeadlockVictimIsRunAgain() {
        assertEquals("done", work.failing("40P01", 2));
        assertEquals(3, work.calls());
    }

    @Test
    void retriesAreBoundedAndTheLastFailureIsClassifiedTransient() {
        Exception failure = assertThrows(Exception.class, () -> work.failing("40001", 100));
        assertEquals(TransientRetries.ATTEMPTS, work.calls());
        assertEquals(TransientFailure.SERIALIZATION, TransientFailure.of(failure).orElseThrow());
    }

    @Test
    void otherFailuresAreNotRetried() {
        Exception failure = assertThrows(Exception.class, () -> work.failing("23505", 1));
        assertEquals(1, work.calls());
        assertTrue(TransientFailure.of(failure).isEmpty());
    }

    @Test
    void insideARunningTransactionOnlyTheOutermostBoundaryMayRetry() {
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> work.failing("40001", 1)));
        assertEquals(1, work.calls());
    }

    @ApplicationScoped
    @RetryTransient
    public static class LosingWork {

        private final AtomicInteger calls = new AtomicInteger();

        @Inject
        EntityManager em;

        public int calls() {
            return calls.get();
        }

        public void reset() {
            calls.set(0);
        }

        /** Fails with {@code sqlState} raised by PostgreSQL on the first {@code failures} calls. */
        @Transactional
        public String failing(String sqlState, int failures) {
            if (calls.incrementAndGet() <= failures) {
                em.createNativeQuery("do $$ begin raise exception 'lost a race' using errcode = '" + sqlState
                        + "'; end $$").executeUpdate();
            }
            return "done";
        }
    }
}
