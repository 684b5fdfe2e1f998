package org.vipcare.followup.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.vipcare.customer.CustomerErased;

/**
 * The name of the enterprise contact a CONTACT_BIRTHDAY call is for ({@code inject:followUpContacts.name(f.id)}),
 * read from the contact's row as the call's brief words it; the follow-up feature knows no contacts.
 */
@Named("followUpContacts")
@ApplicationScoped
public class FollowUpContacts {

    private final EntityManager em;

    public FollowUpContacts(EntityManager em) {
        this.em = em;
    }

    /** The contact's name; a dash when the contact was removed since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String name(UUID followUpId) {
        List<?> names = em.createNativeQuery("select k.name from follow_up f join customer_contact k "
                + "on k.id = f.contact_id where f.id = ?1").setParameter(1, followUpId).getResultList();
        return names.isEmpty() ? CustomerErased.TEXT : (String) names.get(0);
    }
}
