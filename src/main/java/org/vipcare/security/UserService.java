package org.vipcare.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

@ApplicationScoped
@Transactional
public class UserService {

    private final Clock clock;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final AccountStates accounts;

    public UserService(Clock clock, AuditLog audit, LoginThrottle throttle, AccountStates accounts) {
        this.clock = clock;
        this.audit = audit;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    public User create(UserCreate request, String actor) {
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ProblemException(ProblemType.DUPLICATE, "security.username.taken",
                    "Username " + request.username() + " is taken.");
        }
        requireStrong("password", request.password(), request.username(), request.displayName());
        User user = new User();
        user.stampNew(clock.instant());
        user.username = request.username();
        user.displayName = request.displayName();
        user.passwordHash = Passwords.hash(request.password());
        user.roles = EnumSet.copyOf(request.roles());
        user.department = request.department();
        user.star = request.star();
        user.language = request.language();
        user.persist();
        audit.record(actor, AuditAction.USER_CREATED, null, "POST /api/v1/users",
                user.username + " with roles " + user.roles);
        return user;
    }

    public User update(UUID id, UserUpdate request, String ifMatch, String actor) {
        User user = get(id);
        ETags.requireMatch(ifMatch, user.version, "user");
        if (request.password() != null) {
            requireStrong("password", request.password(), user.username, request.displayName());
        }
        String endpoint = "PUT /api/v1/users/" + id;
        Set<Role> before = Set.copyOf(user.roles);
        boolean wasEnabled = user.enabled;
        List<String> changed = new ArrayList<>();
        noteChange(changed, "displayName", user.displayName, request.displayName());
        noteChange(changed, "department", user.department, request.department());
        noteChange(changed, "star", user.star, request.star());
        noteChange(changed, "language", user.language, request.language());
        user.displayName = request.displayName();
        if (request.password() != null) {
            user.passwordHash = Passwords.hash(request.password());
        }
        user.roles = EnumSet.copyOf(request.roles());
        user.department = request.department();
        user.star = request.star();
        user.language = request.language();
        user.enabled = request.enabled();
        user.updatedAt = clock.instant();
        accounts.changing(user.id);
        if (request.password() != null || !before.equals(user.roles) || wasEnabled && !user.enabled) {
            user.revokeSessions();
        }
        if (!before.equals(user.roles)) {
            audit.record(actor, AuditAction.ROLE_CHANGE, null, endpoint,
                    user.username + ": " + before + " -> " + user.roles);
        }
        if (wasEnabled != user.enabled) {
            audit.record(actor, user.enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, null, endpoint,
                    user.username);
        }
        if (request.password() != null) {
            audit.record(actor, AuditAction.PASSWORD_CHANGED, null, endpoint, user.username + ": set by an admin");
        }
        if (!changed.isEmpty()) {
            audit.record(actor, AuditAction.USER_UPDATED, null, endpoint, user.username + ": " + changed);
        }
        User.getEntityManager().flush();
        return user;
    }

    /**
     * A user's own new password, given the current one. A wrong current password counts as a failed login (the same
     * throttle), so a stolen token cannot be used to guess it. Every session and token of the user ends.
     */
    public void changeOwnPassword(UUID id, PasswordChange request, String clientAddress) {
        User user = get(id);
        throttle.check(user.username, clientAddress);
        if (!Passwords.matches(request.currentPassword(), user.passwordHash)) {
            throttle.recordFailure(user.username, clientAddress);
            audit.recordAlone(user.username, AuditAction.LOGIN_FAILED, "PUT /api/v1/users/me/password",
                    "wrong current password from " + clientAddress);
            throw ProblemException.forbidden("security.password.wrong", "The current password is wrong.");
        }
        if (request.newPassword().equals(request.currentPassword())) {
            throw ProblemException.invalid("newPassword", "security.password.same",
                    "must differ from the current password");
        }
        requireStrong("newPassword", request.newPassword(), user.username, user.displayName);
        user.passwordHash = Passwords.hash(request.newPassword());
        user.updatedAt = clock.instant();
        user.revokeSessions();
        accounts.changing(user.id);
        audit.record(user.username, AuditAction.PASSWORD_CHANGED, null, "PUT /api/v1/users/me/password",
                user.username + ": by the user, from " + clientAddress);
        User.getEntityManager().flush();
    }

    private static void requireStrong(String field, String password, String username, String displayName) {
        PasswordPolicy.check(password, username, displayName).ifPresent(weakness -> {
            throw ProblemException.invalid(field, "security.password.weak", weakness.message);
        });
    }

    private static void noteChange(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(UUID id) {
        return User.<User>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("user", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<User> findByUsername(String username) {
        return User.findByUsername(username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserDto> list(PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of("username", "username"), "username asc");
        var query = User.<User>findAll(paging.ascending() ? Sort.ascending("username") : Sort.descending("username"));
        List<UserDto> items = query.page(paging.page(), paging.size()).list().stream().map(UserDto::from).toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /**
     * The display names of these users, for history lines that name who did something (people read names, not
     * login ids); disabled users keep theirs, unknown ids are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : User.<User>list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(u -> u.id, u -> u.displayName));
    }

    /** The users who may own work, for pickers in the console. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> workOwners() {
        return User.listWorkOwners();
    }
}
