package org.vipcare.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TiersEvaluated;

/**
 * Welcome care (SPEC 2.5): a customer entering a high tier ({@link Tier#isHigh}: GOLD or better) gets a call from
 * the assigned manager, the same day if possible, within 3 days at the latest: due at the customer's first contact
 * slot from the evaluation on ({@link CallTimes}). Made in one statement inside the tier evaluation's transaction: at
 * a million customers a first run upgrades tens of thousands at once; the due time is worked out once per contact
 * window, not per customer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WelcomeCalls {

    private static final String WINDOWS = """
            select distinct c.contact_from, c.contact_to
              from %s x
              join customer c on c.id = x.customer_id
             where x.to_tier in (:high) and x.from_tier not in (:high)
            """.formatted(TiersEvaluated.CHANGES);

    /** Takes the tier changes and the due time per contact window ({@link CallTimes#dueByWindow}). */
    private static final String SCHEDULE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts,
                                   max_attempts, brief, created_at, updated_at, version)
            select gen_random_uuid(), x.customer_id, 'WELCOME', w.due_at, x.manager_id, 'OPEN',
                   'Welcome to ' || x.to_tier || ': call the same day if you can, within 3 days at the latest',
                   0, :maxTries, 'WELCOME', :asOf, :asOf, 0
              from %s x
              join customer c on c.id = x.customer_id
              join %s on c.contact_from is not distinct from w.contact_from
                     and c.contact_to is not distinct from w.contact_to
             where x.to_tier in (:high) and x.from_tier not in (:high)
            """;

    private final EntityManager em;
    private final CallTimes callTimes;

    public WelcomeCalls(EntityManager em, CallTimes callTimes) {
        this.em = em;
        this.callTimes = callTimes;
    }

    @SuppressWarnings("unchecked")
    void schedule(@Observes TiersEvaluated run) {
        List<String> high = Arrays.stream(Tier.values()).filter(Tier::isHigh).map(Enum::name).toList();
        List<Object[]> windows = em.createNativeQuery(WINDOWS).setParameter("high", high).getResultList();
        if (windows.isEmpty()) {
            return;
        }
        em.createNativeQuery(SCHEDULE.formatted(TiersEvaluated.CHANGES, callTimes.dueByWindow(windows, run.asOf())))
                .setParameter("asOf", run.asOf()).setParameter("high", high)
                .setParameter("maxTries", callTimes.maxTries()).executeUpdate();
    }
}
