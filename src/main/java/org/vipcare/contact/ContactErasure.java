package org.vipcare.contact;

import static org.vipcare.customer.CustomerErased.erasedSql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.vipcare.customer.CustomerErased;

/**
 * Erases an erased customer's contacts: names, titles, phones, email and notes, and the birthday (no more birthday
 * calls). Buying roles and the liaison flag stay, so that counts of decision makers and visits still add up; the
 * timeline's entries about them lose the names. The version moves on: a copy a client holds is no longer current.
 */
@ApplicationScoped
public class ContactErasure {

    private final EntityManager em;

    public ContactErasure(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes CustomerErased erased) {
        em.createNativeQuery("update customer_contact set " + erasedSql("name") + ", " + erasedSql("title") + ", "
                + erasedSql("mobile") + ", " + erasedSql("office_phone") + ", " + erasedSql("email") + ", "
                + erasedSql("notes") + ", birthday = null, updated_at = ?2, version = version + 1"
                + " where customer_id = ?1")
                .setParameter(1, erased.customerId()).setParameter(2, erased.at()).executeUpdate();
        em.createNativeQuery("update customer_contact_event set " + erasedSql("name") + " where customer_id = ?1")
                .setParameter(1, erased.customerId()).executeUpdate();
    }
}
