package org.vipcare.followup;

import static org.vipcare.customer.CustomerErased.erasedSql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.vipcare.customer.CustomerErased;

/**
 * Cancels an erased customer's open follow-ups (nobody is to call a person who asked to be forgotten) and erases the
 * notes of every task and what was said on every call. Outcomes, satisfaction scores and times stay for the reports.
 */
@ApplicationScoped
public class FollowUpErasure {

    private final EntityManager em;

    public FollowUpErasure(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes CustomerErased erased) {
        em.createNativeQuery("update follow_up_attempt set " + erasedSql("answers") + ", " + erasedSql("suggestion")
                + ", " + erasedSql("problem") + ", " + erasedSql("lead")
                + " where follow_up_id in (select id from follow_up where customer_id = ?1)")
                .setParameter(1, erased.customerId()).executeUpdate();
        em.createNativeQuery("update follow_up_event set " + erasedSql("note") + " where customer_id = ?1")
                .setParameter(1, erased.customerId()).executeUpdate();
        em.createNativeQuery("update follow_up set " + erasedSql("note") + ", " + erasedSql("cancel_reason")
                + ", status = case when status = ?3 then ?4 "
                + "else status end, updated_at = ?2, version = version + 1 where customer_id = ?1")
                .setParameter(1, erased.customerId()).setParameter(2, erased.at())
                .setParameter(3, FollowUpStatus.OPEN.name()).setParameter(4, FollowUpStatus.CANCELLED.name())
                .executeUpdate();
    }
}
