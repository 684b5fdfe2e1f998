package org.vipcare.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every bearer request needs to know about its account, kept in memory while this replica hears of every change:
 * {@link AccountChangeFeed} listens for the notice the database sends when a user's enabled flag, roles or security
 * version change (V43), whoever changed them, and this replica's own changes are forgotten the moment they commit.
 * While the feed is not connected nothing is kept and every request reads its account with one indexed query, as
 * before: a change is never missed, only noticed a few milliseconds later on the other replicas.
 */
@ApplicationScoped
public class AccountStates {

    /** An account as a request sees it. */
    public record State(boolean enabled, long securityVersion, Set<Role> roles) {
    }

    static final int MAX_ACCOUNTS = 10_000;

    private static final RoleSetConverter ROLES = new RoleSetConverter();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Cache<UUID, State> known = Caffeine.newBuilder().maximumSize(MAX_ACCOUNTS).build();
    /** Counts every forgetting, so that a state read before a change is not kept after it. */
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;

    public AccountStates(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** The account as kept in memory, without blocking: empty when unknown or when nothing may be kept. */
    public Optional<State> known(UUID userId) {
        return listening ? Optional.ofNullable(known.getIfPresent(userId)) : Optional.empty();
    }

    @ActivateRequestContext
    public Optional<State> find(UUID userId) {
        Optional<State> kept = known(userId);
        if (kept.isPresent()) {
            return kept;
        }
        long changesBefore = changes.get();
        Optional<State> state = read(userId);
        if (listening && state.isPresent()) {
            known.put(userId, state.get());
            // A change noticed while reading may be newer than what was read: forget it again.
            if (changes.get() != changesBefore) {
                known.invalidate(userId);
            }
        }
        return state;
    }

    /**
     * Forgets the account once the caller's transaction ends, so that the very next request reads the change; the
     * feed's notice tells the other replicas.
     */
    public void changing(UUID userId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed(userId);
                }
            }
        });
    }

    /** The account changed (a notice from the database, or this replica's commit). */
    void changed(UUID userId) {
        changes.incrementAndGet();
        known.invalidate(userId);
    }

    /** Whether changes reach this replica; forgets everything either way, as notices may have been missed. */
    void listening(boolean listening) {
        this.listening = listening;
        changes.incrementAndGet();
        known.invalidateAll();
    }

    private Optional<State> read(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                "select enabled, security_version, roles from app_user where id = ?1", Tuple.class)
                .setParameter(1, userId).getResultList();
        return rows.stream().findFirst().map(row -> new State(row.get(0, Boolean.class),
                row.get(1, Number.class).longValue(), ROLES.convertToEntityAttribute(row.get(2, String.class))));
    }
}
