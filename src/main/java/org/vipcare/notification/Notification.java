package org.vipcare.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One thing one user is told about (V26). Written only through {@link Notifications#notify}, once per event and
 * person; never changed afterwards except for {@code readAt}. No text is stored: {@code args} hold what the reader's
 * language needs (customer id, who did it, which clock).
 */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationSubject subjectType;

    @Column(nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String eventKey;

    /** The args as stored (a JSON object of strings); written only by {@link Notifications#notify}. */
    @Column(name = "args", columnDefinition = "jsonb", nullable = false, insertable = false, updatable = false)
    public String argsJson;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant readAt;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The args: customer, by, from, to, attempt (ids), clock, purpose (codes), hours, due (an ISO instant). */
    public Map<String, String> args() {
        try {
            return JSON.readValue(argsJson, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notification " + id + " has unreadable args", e);
        }
    }

    /** A user's notifications, newest first. */
    public static List<Notification> listFor(UUID recipientId, int page, int size) {
        return find("recipientId = ?1 order by id desc", recipientId).page(Page.of(page, size)).list();
    }

    /** A user's notifications in {@code order} (an order of its fields); unread true: unread only, false: read only. */
    public static List<Notification> listFor(UUID recipientId, Boolean unread, String order, int page, int size) {
        return find("recipientId = ?1" + readFilter(unread) + " order by " + order, recipientId)
                .page(Page.of(page, size)).list();
    }

    public static long countFor(UUID recipientId, Boolean unread) {
        return count("recipientId = ?1" + readFilter(unread), recipientId);
    }

    private static String readFilter(Boolean unread) {
        return unread == null ? "" : unread ? " and readAt is null" : " and readAt is not null";
    }

    public static long countFor(UUID recipientId) {
        return count("recipientId", recipientId);
    }

    public static long countUnread(UUID recipientId) {
        return count("recipientId = ?1 and readAt is null", recipientId);
    }

    /** Marks one of the recipient's own notifications read; 0 when it is not theirs (or unknown). */
    public static int markRead(UUID recipientId, long id, Instant at) {
        return update("readAt = coalesce(readAt, ?1) where id = ?2 and recipientId = ?3", at, id, recipientId);
    }

    public static int markAllRead(UUID recipientId, Instant at) {
        return update("readAt = ?1 where recipientId = ?2 and readAt is null", at, recipientId);
    }
}
