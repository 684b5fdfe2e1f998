package org.vipcare.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vipcare.security.Role;

/**
 * The notification store: writes one notification per event and person, in the caller's transaction (the event's),
 * and reads a user's own. A repeated event (the next scan, a replay) inserts nothing: the unique key is recipient,
 * kind, subject and event key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private static final String INSERT = """
            insert into notification (recipient_id, kind, subject_type, subject_id, event_key, args, created_at)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)
            on conflict do nothing
            """;

    private static final String ENABLED_WITH_ROLE = """
            select u.id from app_user u where u.enabled and ?1 = any(string_to_array(u.roles, ','))
            """;

    private final EntityManager em;
    private final ObjectMapper json;

    public Notifications(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Tells each recipient (null ones skipped, each once) about the event; returns how many notifications are new.
     */
    public int notify(Collection<UUID> recipients, NotificationKind kind, NotificationSubject subject, UUID subjectId,
            String eventKey, Map<String, String> args, Instant at) {
        String body = json(args);
        Set<UUID> once = new LinkedHashSet<>(recipients);
        once.remove(null);
        int created = 0;
        for (UUID recipient : once) {
            created += em.createNativeQuery(INSERT).setParameter(1, recipient).setParameter(2, kind.name())
                    .setParameter(3, subject.name()).setParameter(4, subjectId).setParameter(5, eventKey)
                    .setParameter(6, body).setParameter(7, at).executeUpdate();
        }
        return created;
    }

    /** The enabled users holding {@code role} (the supervisors of a breach, the admins of an escalation). */
    @SuppressWarnings("unchecked")
    public List<UUID> enabledWith(Role role) {
        return em.createNativeQuery(ENABLED_WITH_ROLE, UUID.class).setParameter(1, role.name()).getResultList();
    }

    private String json(Map<String, String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
