package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.support.TestData;

/**
 * "May own work" (an enabled agent or supervisor) in Java ({@link User#mayOwnWork}) and in SQL
 * ({@link User#MAY_OWN_WORK_SQL}) give the same answer for every role, enabled or not, against the real table.
 */
@QuarkusTest
class MayOwnWorkTest {

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private record Case(Set<Role> roles, boolean enabled, boolean mayOwnWork) {
    }

    private static final List<Case> CASES = List.of(
            new Case(EnumSet.of(Role.AGENT), true, true),
            new Case(EnumSet.of(Role.SUPERVISOR), true, true),
            new Case(EnumSet.of(Role.ADMIN), true, false),
            new Case(EnumSet.of(Role.INTEGRATION), true, false),
            new Case(EnumSet.of(Role.AGENT), false, false),
            new Case(EnumSet.of(Role.SUPERVISOR), false, false),
            new Case(EnumSet.of(Role.ADMIN), false, false),
            new Case(EnumSet.of(Role.INTEGRATION), false, false),
            new Case(EnumSet.of(Role.ADMIN, Role.AGENT), true, true),
            new Case(EnumSet.of(Role.INTEGRATION, Role.SUPERVISOR), true, true),
            new Case(EnumSet.of(Role.ADMIN, Role.INTEGRATION), true, false),
            new Case(EnumSet.of(Role.ADMIN, Role.SUPERVISOR), false, false));

    @Test
    void javaAndSqlAgreeForEveryRoleEnabledOrNot() throws Exception {
        inRolledBackTransaction(() -> {
            Map<UUID, Case> users = new LinkedHashMap<>();
            for (Case c : CASES) {
                users.put(persist(c), c);
            }
            em.flush();
            @SuppressWarnings("unchecked")
            List<UUID> bySql = em.createNativeQuery("select u.id from app_user u where u.id in (:ids) and "
                    + User.MAY_OWN_WORK_SQL).setParameter("ids", List.copyOf(users.keySet())).getResultList();
            List<UUID> listed = User.listWorkOwners().stream().map(u -> u.id).toList();
            users.forEach((id, c) -> {
                User user = User.findById(id);
                assertEquals(c.mayOwnWork(), user.mayOwnWork(), "Java: " + c);
                assertEquals(c.mayOwnWork(), bySql.contains(id), "SQL: " + c);
                assertEquals(c.mayOwnWork(), listed.contains(id), "the pickers' list: " + c);
                assertEquals(c.mayOwnWork(), User.findWorkOwner(id).isPresent(), "the lookup: " + c);
            });
        });
    }

    private static UUID persist(Case c) {
        User user = new User();
        user.stampNew(Instant.now());
        user.username = TestData.unique("owner");
        user.displayName = user.username;
        user.passwordHash = "not-a-hash";
        user.roles = EnumSet.copyOf(c.roles());
        user.enabled = c.enabled();
        user.persist();
        return user.id;
    }

    /** Runs {@code work} in a transaction that is rolled back, so that the cases leave nothing behind. */
    private void inRolledBackTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
        } finally {
            transaction.rollback();
        }
    }
}
