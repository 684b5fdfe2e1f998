package org.vipcare.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.BaseEntity;

/** A person or machine client that signs in: managers, supervisors, admins, integrations. */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

    /** The roles whose holders own work: customers, complaints, calls. Admins and machine clients do not. */
    public static final Set<Role> WORK_OWNER_ROLES = Set.of(Role.AGENT, Role.SUPERVISOR);

    /** {@link #mayOwnWork} as a SQL condition on the app_user table aliased {@code u}. */
    public static final String MAY_OWN_WORK_SQL = "(u.enabled and string_to_array(u.roles, ',') && "
            + WORK_OWNER_ROLES.stream().sorted().map(role -> "'" + role + "'")
                    .collect(Collectors.joining(", ", "array[", "]")) + ")";

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String passwordHash;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    public String department;

    public Short star;

    public String language;

    public boolean enabled = true;

    /** Credentials and sessions issued at an older version are void; see {@link #revokeSessions()}. */
    public long securityVersion;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The user with this id, if it may own work. */
    public static Optional<User> findWorkOwner(UUID id) {
        return User.<User>findByIdOptional(id).filter(User::mayOwnWork);
    }

    /** Everyone who may own work, by display name; in SQL, for the pickers. */
    @SuppressWarnings("unchecked")
    public static List<User> listWorkOwners() {
        return getEntityManager().createNativeQuery("select u.* from app_user u where " + MAY_OWN_WORK_SQL
                + " order by u.display_name", User.class).getResultList();
    }

    /** Voids every session and token issued so far: after a disable, a role change or a new password. */
    public void revokeSessions() {
        securityVersion++;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the user may own work — be a customer's manager, own a complaint, be assigned a call: enabled, and an
     * agent or a supervisor. In SQL, {@link #MAY_OWN_WORK_SQL}.
     */
    public boolean mayOwnWork() {
        return enabled && roles.stream().anyMatch(WORK_OWNER_ROLES::contains);
    }
}
