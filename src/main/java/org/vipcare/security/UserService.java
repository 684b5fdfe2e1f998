package org.vipcare.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

    public UserService(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public User create(UserCreate request, String actor) {
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ProblemException(ProblemType.DUPLICATE, "Username " + request.username() + " is taken.");
        }
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
        Set<Role> before = Set.copyOf(user.roles);
        boolean wasEnabled = user.enabled;
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
        if (request.password() != null || !before.equals(user.roles) || wasEnabled && !user.enabled) {
            user.revokeSessions();
        }
        String endpoint = "PUT /api/v1/users/" + id;
        if (!before.equals(user.roles)) {
            audit.record(actor, AuditAction.ROLE_CHANGE, null, endpoint, user.username + ": " + before + " -> "
                    + user.roles);
        }
        if (wasEnabled != user.enabled) {
            audit.record(actor, user.enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, null, endpoint,
                    user.username);
        }
        if (request.password() != null) {
            audit.record(actor, AuditAction.PASSWORD_CHANGE, null, endpoint, user.username);
        }
        User.getEntityManager().flush();
        return user;
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

    /** The users who may own work, for pickers in the console. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> workOwners() {
        return User.listWorkOwners();
    }
}
