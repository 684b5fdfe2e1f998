package org.vipcare.retention;

import static org.vipcare.customer.CustomerErased.erasedSql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.vipcare.customer.CustomerErased;

/**
 * Erases what people wrote in an erased customer's retention cases: the service, the customer's stated reason (a
 * churn reason code stays, it is not the customer's words), the reason detail, the closing note, offer descriptions
 * and step notes. Stages, outcomes, reason codes, scores and values stay, so the stats are unchanged.
 */
@ApplicationScoped
public class RetentionErasure {

    private final EntityManager em;

    public RetentionErasure(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes CustomerErased erased) {
        String cases = "(select id from retention_case where customer_id = ?1)";
        em.createNativeQuery("update retention_event set " + erasedSql("note") + ", " + erasedSql("remark")
                + " where case_id in " + cases)
                .setParameter(1, erased.customerId()).executeUpdate();
        em.createNativeQuery("update retention_offer set " + erasedSql("description") + " where case_id in " + cases)
                .setParameter(1, erased.customerId()).executeUpdate();
        em.createNativeQuery("update retention_case set " + erasedSql("service") + ", " + erasedSql("reason_detail")
                + ", " + erasedSql("note") + """
                , stated_reason = case when upper(btrim(stated_reason)) in (select code from churn_reason)
                                       then stated_reason
                                       when btrim(stated_reason) <> '' then ?3 end,
                  updated_at = ?2, version = version + 1
                where customer_id = ?1""")
                .setParameter(1, erased.customerId()).setParameter(2, erased.at())
                .setParameter(3, CustomerErased.TEXT).executeUpdate();
    }
}
