package org.vipcare.notification.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vipcare.notification.Notification;

/**
 * The open live streams of this replica ({@code /admin/live}) and the one poller that feeds them. Every
 * {@value #POLL} the poller reads from PostgreSQL the notifications of the users connected here that it has not sent
 * yet, renders each in the language of the stream and sends it with the user's unread count; so a notification
 * written on any replica reaches the user on whichever replica holds the stream.
 *
 * <p>New rows are found by their writing transaction, not by id: ids are taken before commit, so a row with a lower id
 * may commit after a higher one was seen. A poll reads the rows of every transaction not finished at the previous
 * poll's snapshot ({@code tx >= xmin}) and skips those already sent. A stream ends when the client goes, when its
 * console session ended or idled out, when the user opens more than {@value #MAX_PER_USER} here (the oldest goes),
 * and at shutdown (the browser reconnects to another replica).
 */
@ApplicationScoped
public class LiveStreams {

    static final String POLL = "2s";
    static final String HEARTBEAT = "15s";
    static final int MAX_PER_USER = 5;

    private static final String SNAPSHOT_XMIN = "select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text)"
            + " as bigint)";
    private static final String WRITTEN_SINCE = """
            select id, cast(cast(tx as text) as bigint) from notification
             where tx >= cast(cast(?1 as text) as xid8) and recipient_id in (?2)
            """;
    private static final String SESSIONS_OVER = """
            select id from console_session
             where id in (?1) and (ended_at is not null or last_seen_at < ?2)
            """;

    /** A browser's open stream: whose, from which console session, in which language. */
    record Stream(UUID userId, UUID sessionId, String language, SseEventSink sink, Sse sse) {
    }

    private final Map<UUID, Deque<Stream>> streams = new ConcurrentHashMap<>();
    /** Sent notifications whose transactions may still be read again by the next poll: id → transaction. */
    private final Map<Long, Long> sent = new HashMap<>();
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration idleTimeout;
    private Long xmin;
    private boolean failing;

    public LiveStreams(EntityManager em, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration idleTimeout) {
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** Adds a stream and greets it with the unread count; the user's oldest stream here goes past the bound. */
    void open(Stream stream, long unread) {
        Deque<Stream> mine = streams.computeIfAbsent(stream.userId(), id -> new ConcurrentLinkedDeque<>());
        mine.addLast(stream);
        while (mine.size() > MAX_PER_USER) {
            Stream oldest = mine.pollFirst();
            if (oldest != null) {
                oldest.sink().close();
            }
        }
        send(stream, event(stream.sse(), "unread", Map.of("unread", unread)));
    }

    int connected() {
        return streams.values().stream().mapToInt(Deque::size).sum();
    }

    @Scheduled(every = POLL, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            pollOnce();
            failing = false;
        } catch (RuntimeException e) {
            // One line when the database goes away, not one every two seconds; the next good poll catches up.
            if (!failing) {
                Log.warnf("Live notifications paused, the database is unavailable: %s", e.getMessage());
            }
            failing = true;
        }
    }

    @Transactional
    void pollOnce() {
        long now = ((Number) em.createNativeQuery(SNAPSHOT_XMIN).getSingleResult()).longValue();
        Long since = xmin;
        if (since == null || streams.isEmpty()) {
            xmin = now;
            sent.clear();
            return;
        }
        // Rows of transactions older than the previous snapshot were read by an earlier poll and are not read again.
        sent.values().removeIf(tx -> tx < since);
        closeEndedSessions();
        List<Object[]> rows = rows(em.createNativeQuery(WRITTEN_SINCE).setParameter(1, since.toString())
                .setParameter(2, List.copyOf(streams.keySet())).getResultList());
        Map<Long, Long> fresh = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (!sent.containsKey(id)) {
                fresh.put(id, ((Number) row[1]).longValue());
            }
        }
        if (!fresh.isEmpty()) {
            deliver(Notification.list("id in ?1 order by id", List.copyOf(fresh.keySet())));
            sent.putAll(fresh);
        }
        xmin = now;
    }

    /** A comment line now and then keeps proxies from closing a quiet stream and finds the clients that left. */
    @Scheduled(every = HEARTBEAT, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        for (Deque<Stream> mine : streams.values()) {
            for (Stream stream : mine) {
                send(stream, stream.sse().newEventBuilder().comment("heartbeat").build());
            }
        }
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        closeAll();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        closeAll();
    }

    private void deliver(List<Notification> notifications) {
        Map<UUID, List<Notification>> byUser = new HashMap<>();
        notifications.forEach(n -> byUser.computeIfAbsent(n.recipientId, id -> new ArrayList<>()).add(n));
        byUser.forEach((userId, theirs) -> {
            Deque<Stream> mine = streams.get(userId);
            if (mine == null || mine.isEmpty()) {
                return;
            }
            long unread = Notification.countUnread(userId);
            Map<String, List<NotificationView>> rendered = new HashMap<>();
            for (Stream stream : mine) {
                for (NotificationView view : rendered.computeIfAbsent(stream.language(),
                        language -> NotificationText.render(theirs, language))) {
                    send(stream, event(stream.sse(), "notification", Map.of("id", view.id(), "kind", view.kind(),
                            "text", view.text(), "href", view.href(), "unread", unread)));
                }
            }
        });
    }

    /** Streams whose console session was ended (sign-out, password change) or idled out stop here. */
    private void closeEndedSessions() {
        Set<UUID> sessions = new HashSet<>();
        streams.values().forEach(mine -> mine.forEach(s -> sessions.add(s.sessionId())));
        sessions.remove(null);
        if (sessions.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Collection<UUID> over = em.createNativeQuery(SESSIONS_OVER, UUID.class).setParameter(1, List.copyOf(sessions))
                .setParameter(2, clock.instant().minus(idleTimeout)).getResultList();
        if (!over.isEmpty()) {
            streams.values().forEach(mine -> mine.stream().filter(s -> over.contains(s.sessionId()))
                    .forEach(s -> close(s)));
        }
    }

    private void send(Stream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            forget(stream);
            return;
        }
        stream.sink().send(event).whenComplete((done, failure) -> {
            if (failure != null) {
                close(stream);
            }
        });
    }

    private void close(Stream stream) {
        forget(stream);
        try {
            stream.sink().close();
        } catch (RuntimeException e) {
            Log.debugf("Live stream already gone: %s", e.getMessage());
        }
    }

    private void forget(Stream stream) {
        Deque<Stream> mine = streams.get(stream.userId());
        if (mine != null) {
            mine.remove(stream);
            if (mine.isEmpty()) {
                streams.remove(stream.userId(), mine);
            }
        }
    }

    private void closeAll() {
        streams.values().forEach(mine -> List.copyOf(mine).forEach(this::close));
    }

    private OutboundSseEvent event(Sse sse, String name, Map<String, Object> data) {
        try {
            return sse.newEventBuilder().name(name).data(json.writeValueAsString(data)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
