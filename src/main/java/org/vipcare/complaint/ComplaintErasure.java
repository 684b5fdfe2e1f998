package org.vipcare.complaint;

import static org.vipcare.customer.CustomerErased.erasedSql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.vipcare.customer.CustomerErased;

/**
 * Erases what people wrote about an erased customer's complaints: summary, demand, place, resolution, compensation
 * and the notes of every step. Category, channel, times, clock outcomes and staff stay, so reports count as before.
 * The version moves on: a copy a client holds is no longer current.
 */
@ApplicationScoped
public class ComplaintErasure {

    private final EntityManager em;

    public ComplaintErasure(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes CustomerErased erased) {
        em.createNativeQuery("update complaint_event set " + erasedSql("note")
                + " where complaint_id in (select id from complaint where customer_id = ?1)")
                .setParameter(1, erased.customerId()).executeUpdate();
        em.createNativeQuery("update complaint set " + erasedSql("summary") + ", " + erasedSql("demand") + ", "
                + erasedSql("place") + ", " + erasedSql("resolution") + ", " + erasedSql("compensation")
                + ", updated_at = ?2, version = version + 1 where customer_id = ?1")
                .setParameter(1, erased.customerId()).setParameter(2, erased.at()).executeUpdate();
    }
}
