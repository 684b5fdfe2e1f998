package org.vipcare.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle stage (SPEC 2.4) in Java ({@link LifecycleStage#of}) and in SQL ({@link LifecycleStage#sql}, what the
 * customer list filters with) put the same customers at the same stage: every stage, and each side of its edges.
 */
@QuarkusTest
class LifecycleStageSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Inject
    EntityManager em;

    /** A customer who joined {@code daysAgo} days before today (negative: in the future), flagged WATCH or not. */
    private record Case(int daysAgo, boolean watch, LifecycleStage stage) {
    }

    private static final List<Case> CASES = List.of(
            new Case(-10, false, LifecycleStage.OBSERVATION),
            new Case(-10, true, LifecycleStage.OBSERVATION),
            new Case(0, false, LifecycleStage.OBSERVATION),
            new Case(0, true, LifecycleStage.OBSERVATION),
            new Case(89, false, LifecycleStage.OBSERVATION),
            new Case(89, true, LifecycleStage.OBSERVATION),
            new Case(90, false, LifecycleStage.FORMATION),
            new Case(90, true, LifecycleStage.DECLINE),
            new Case(200, false, LifecycleStage.FORMATION),
            new Case(364, false, LifecycleStage.FORMATION),
            new Case(364, true, LifecycleStage.DECLINE),
            new Case(365, false, LifecycleStage.STABLE),
            new Case(365, true, LifecycleStage.DECLINE),
            new Case(3000, false, LifecycleStage.STABLE),
            new Case(3000, true, LifecycleStage.DECLINE));

    @Test
    void javaAndSqlPutEveryCaseAtTheSameStage() {
        for (Case c : CASES) {
            LocalDate joinedAt = TODAY.minusDays(c.daysAgo());
            assertEquals(c.stage(), LifecycleStage.of(joinedAt, c.watch(), TODAY), "Java: " + c);
            for (LifecycleStage stage : LifecycleStage.values()) {
                assertEquals(stage == c.stage(), matches(stage.sql(TODAY), joinedAt, c.watch()),
                        "SQL for " + stage + ": " + c);
            }
        }
    }

    /** Whether the condition holds for one row with these values, evaluated by PostgreSQL. */
    private boolean matches(LifecycleStage.SqlCondition condition, LocalDate joinedAt, boolean watch) {
        Query query = em.createNativeQuery("select " + condition.sql()
                + " from (values (cast(:joinedAt as date), cast(:watch as boolean))) as customer (joined_at, watch)");
        query.setParameter("joinedAt", joinedAt).setParameter("watch", watch);
        condition.params().forEach(query::setParameter);
        return (Boolean) query.getSingleResult();
    }
}
