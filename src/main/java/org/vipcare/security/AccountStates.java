package org.vipcare.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every bearer request needs to know about its account, read with one indexed query and no cache: a change is
 * seen by the next request on any replica.
 */
@ApplicationScoped
public class AccountStates {

    /** An account as a request sees it. */
    public record State(boolean enabled, long securityVersion, Set<Role> roles) {
    }

    private static final RoleSetConverter ROLES = new RoleSetConverter();

    private final EntityManager em;

    public AccountStates(EntityManager em) {
        this.em = em;
    }

    @ActivateRequestContext
    public Optional<State> find(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                "select enabled, security_version, roles from app_user where id = ?1", Tuple.class)
                .setParameter(1, userId).getResultList();
        return rows.stream().findFirst().map(row -> new State(row.get(0, Boolean.class),
                row.get(1, Number.class).longValue(), ROLES.convertToEntityAttribute(row.get(2, String.class))));
    }
}
