package org.vipcare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.vipcare.tier.TiersEvaluated;

/**
 * HEALTH_DROP: a tier evaluation took a DIAMOND or GOLD customer's health score from the policy's threshold or above to
 * below it; its manager (enabled) is told once, set-based in the run's transaction. A customer that stays low is not
 * announced again until it has risen to the threshold and fallen once more.
 */
@ApplicationScoped
public class HealthDropNotices {

    private static final String INSERT = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            select d.manager_id, 'HEALTH_DROP', 'CUSTOMER', d.customer_id, 'health@' || cast(:evaluation as text),
                   jsonb_build_object('customer', d.customer_id::text, 'tier', d.tier, 'score', d.score::text,
                                      'previous', d.previous_score::text, 'threshold', d.threshold::text),
                   :at
              from %s d
              join app_user u on u.id = d.manager_id and u.enabled
            on conflict do nothing
            """.formatted(TiersEvaluated.HEALTH_DROPS);

    private final EntityManager em;

    public HealthDropNotices(EntityManager em) {
        this.em = em;
    }

    void tiersEvaluated(@Observes TiersEvaluated event) {
        em.createNativeQuery(INSERT).setParameter("evaluation", event.evaluationId().toString())
                .setParameter("at", event.asOf()).executeUpdate();
    }
}
