package org.vipcare.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.vipcare.common.BaseEntity;

/** A person or machine client that signs in: managers, supervisors, admins, integrations. */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

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

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
