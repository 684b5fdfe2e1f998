package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TiersEvaluated;

/**
 * Welcome care (SPEC 2.5): a customer entering a high tier ({@link Tier#isHigh}: GOLD or better) gets a call from
 * the assigned manager, the same day if possible, within 3 days at the latest. Made in one statement inside the tier
 * evaluation's transaction: at a million customers a first run upgrades tens of thousands at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WelcomeCalls {

    private static final String SCHEDULE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                   max_attempts, brief, created_at, updated_at, version)
            select gen_random_uuid(), x.customer_id, 'WELCOME', cast(:asOf as timestamptz) + interval '3 days',
                   x.manager_id, 'OPEN',
                   'Welcome to ' || x.to_tier || ': call the same day if you can, within 3 days at the latest',
                   0, 3, 'WELCOME', :asOf, :asOf, 0
              from %s x
             where x.to_tier in (:high) and x.from_tier not in (:high)
            """.formatted(TiersEvaluated.CHANGES);

    private final EntityManager em;

    public WelcomeCalls(EntityManager em) {
        this.em = em;
    }

    void schedule(@Observes TiersEvaluated run) {
        em.createNativeQuery(SCHEDULE).setParameter("asOf", run.asOf())
                .setParameter("high", Arrays.stream(Tier.values()).filter(Tier::isHigh).map(Enum::name).toList())
                .executeUpdate();
    }
}
