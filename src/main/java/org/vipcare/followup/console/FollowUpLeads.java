package org.vipcare.followup.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.vipcare.followup.FollowUpAttempt;

/**
 * The leads raised in a customer's calls, for the customer page ({@code inject:followUpLeads.of(customer.id)}): the
 * customer feature knows no follow-ups, so the page asks for them by name.
 */
@Named("followUpLeads")
@ApplicationScoped
public class FollowUpLeads {

    static final int SHOWN = 10;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpAttempt.Lead> of(UUID customerId) {
        return FollowUpAttempt.leadsOf(customerId, SHOWN);
    }
}
