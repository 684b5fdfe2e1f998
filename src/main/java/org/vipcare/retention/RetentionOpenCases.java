package org.vipcare.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vipcare.customer.OpenCases;

/** The open case of each customer, for the customer pages (one of them, should a customer have several). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetentionOpenCases implements OpenCases {

    private final RetentionService cases;

    public RetentionOpenCases(RetentionService cases) {
        this.cases = cases;
    }

    @Override
    public Map<UUID, UUID> openRetentionCases(Collection<UUID> customerIds) {
        Map<UUID, UUID> open = new HashMap<>();
        if (customerIds.isEmpty()) {
            return open;
        }
        // retention_case_open (V6): the open cases of a page of customers, by customer
        RetentionCase.<RetentionCase>list("customerId in ?1 and stage <> ?2", Set.copyOf(customerIds),
                RetentionStage.CLOSED).stream().filter(cases::mayRead)
                .forEach(c -> open.putIfAbsent(c.customerId, c.id));
        return open;
    }
}
