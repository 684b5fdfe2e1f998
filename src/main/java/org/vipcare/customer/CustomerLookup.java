package org.vipcare.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What other features ask of the customer book: facts about live customers as {@link LiveCustomer} records, never the
 * entity. No access rules here; each feature applies its own to what it shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerLookup {

    private final EntityManager em;

    public CustomerLookup(EntityManager em) {
        this.em = em;
    }

    /** The live customer, or empty when unknown or erased. */
    public Optional<LiveCustomer> find(UUID id) {
        return Customer.findLive(id).map(LiveCustomer::of);
    }

    /** The live customer, locked until the transaction ends, so that two requests about it go one after the other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LiveCustomer> lock(UUID id) {
        return Customer.findLive(id).map(customer -> {
            em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
            return LiveCustomer.of(customer);
        });
    }

    /** Those of {@code ids} that are live customers, in one query. */
    public Set<UUID> liveIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Customer.<Customer>list("id in ?1 and erasedAt is null", Set.copyOf(ids)).stream().map(c -> c.id)
                .collect(Collectors.toSet());
    }

    /** The live customers' ids by external reference, for those of {@code refs} that name one, in one query. */
    public Map<String, UUID> liveIdsByExternalRef(Collection<String> refs) {
        Map<String, UUID> ids = new HashMap<>();
        if (!refs.isEmpty()) {
            Customer.<Customer>list("externalRef in ?1 and erasedAt is null", Set.copyOf(refs))
                    .forEach(c -> ids.put(c.externalRef, c.id));
        }
        return ids;
    }
}
