package org.vipcare.customer;

import java.time.LocalTime;
import java.util.UUID;
import org.vipcare.tier.Tier;

/** What other features may know of a live customer, copied from the entity by {@link CustomerLookup}. */
public record LiveCustomer(UUID id, UUID managerId, Tier tier, boolean watch, LocalTime contactFrom,
        LocalTime contactTo) {

    static LiveCustomer of(Customer c) {
        return new LiveCustomer(c.id, c.managerId, c.tier, c.watch, c.contactFrom, c.contactTo);
    }

    public boolean isManagedBy(UUID userId) {
        return managerId != null && managerId.equals(userId);
    }
}
