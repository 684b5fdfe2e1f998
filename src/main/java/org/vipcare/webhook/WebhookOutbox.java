package org.vipcare.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.complaint.ComplaintBreached;
import org.vipcare.complaint.ComplaintClosed;
import org.vipcare.complaint.ComplaintOpened;
import org.vipcare.followup.FollowUpGaveUp;
import org.vipcare.retention.RetentionCaseClosed;
import org.vipcare.tier.TiersEvaluated;

/**
 * The transactional outbox: each event an integrator may hear is written as one {@code webhook_delivery} row per
 * subscribed webhook, in the transaction of the change (the events are fired synchronously there), so a delivery
 * exists exactly when its change committed; {@link WebhookSender} posts them afterwards. The body is fixed here:
 * {@code {id, event, occurredAt, data}}, {@code data} carrying ids and codes only, never personal data
 * (docs/webhooks.md). A tier run's changes are written set-based, one statement for all customers and webhooks. An
 * event written twice (same event id) stays one delivery, and never fails the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookOutbox {

    private static final String ONE = """
            insert into webhook_delivery (id, webhook_id, event, event_id, body, state, attempts, next_attempt_at,
                                          created_at)
            select gen_random_uuid(), w.id, :event, :eventId, :body, 'PENDING', 0, :now, :now
              from webhook w
             where cast(:event as text) = any(w.events)
            on conflict (webhook_id, event_id) do nothing""";

    /** {@code %s}: the run's relation; its rows become one delivery per subscribed webhook. */
    private static final String TIER_RUN = """
            insert into webhook_delivery (id, webhook_id, event, event_id, body, state, attempts, next_attempt_at,
                                          created_at)
            select gen_random_uuid(), w.id, :event, e.event_id,
                   cast(json_build_object('id', e.event_id, 'event', cast(:event as text),
                                          'occurredAt', cast(:occurredAt as text), 'data', e.data) as text),
                   'PENDING', 0, :now, :now
              from webhook w
             cross join (select cast(md5(cast(:evaluation as text) || cast(:event as text) || cast(c.customer_id as text))
                                     as uuid) as event_id,
                                %s as data
                           from %s c) e
             where cast(:event as text) = any(w.events)
            on conflict (webhook_id, event_id) do nothing""";

    private static final String CHANGED_DATA = """
            json_build_object('customerId', c.customer_id, 'managerId', c.manager_id, 'fromTier', c.from_tier,
                              'toTier', c.to_tier, 'evaluationId', cast(:evaluation as text),
                              'policyVersion', :policyVersion)""";

    private static final String FLAGGED_DATA = """
            json_build_object('customerId', c.customer_id, 'managerId', c.manager_id, 'tier', c.tier,
                              'evaluationId', cast(:evaluation as text), 'policyVersion', :policyVersion)""";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookOutbox(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    void tiersEvaluated(@Observes TiersEvaluated event) {
        tierRun(WebhookEvent.CUSTOMER_TIER_CHANGED, TiersEvaluated.CHANGES, CHANGED_DATA, event);
        tierRun(WebhookEvent.CUSTOMER_WATCH_FLAGGED, TiersEvaluated.WATCH_FLAGGED, FLAGGED_DATA, event);
    }

    void complaintOpened(@Observes ComplaintOpened event) {
        Map<String, Object> data = data("complaintId", event.complaintId(), "customerId", event.customerId(),
                "ownerId", event.ownerId());
        data.put("category", event.category());
        write(WebhookEvent.COMPLAINT_OPENED, key("opened", event.complaintId()), event.at(), data);
    }

    void complaintBreached(@Observes ComplaintBreached event) {
        Map<String, Object> data = data("complaintId", event.complaintId(), "customerId", event.customerId(),
                "ownerId", event.ownerId());
        data.put("clock", event.clock().name());
        write(WebhookEvent.COMPLAINT_SLA_BREACHED, key("breached-" + event.clock(), event.complaintId()), event.at(),
                data);
    }

    void complaintClosed(@Observes ComplaintClosed event) {
        write(WebhookEvent.COMPLAINT_CLOSED, key("closed@" + event.at(), event.complaintId()), event.at(),
                data("complaintId", event.complaintId(), "customerId", event.customerId(), "ownerId",
                        event.ownerId()));
    }

    void retentionCaseClosed(@Observes RetentionCaseClosed event) {
        Map<String, Object> data = data("caseId", event.caseId(), "customerId", event.customerId(), "managerId",
                event.managerId());
        data.put("outcome", event.outcome().name());
        write(WebhookEvent.RETENTION_CASE_CLOSED, key("closed", event.caseId()), event.at(), data);
    }

    void followUpGaveUp(@Observes FollowUpGaveUp event) {
        Map<String, Object> data = data("followUpId", event.followUpId(), "customerId", event.customerId(),
                "assigneeId", event.assigneeId());
        data.put("purpose", event.purpose().name());
        data.put("attempts", event.attempts());
        write(WebhookEvent.FOLLOW_UP_GAVE_UP, key("gave-up", event.followUpId()), event.at(), data);
    }

    private void tierRun(WebhookEvent kind, String relation, String data, TiersEvaluated event) {
        em.createNativeQuery(TIER_RUN.formatted(data, relation))
                .setParameter("event", kind.wireName)
                .setParameter("occurredAt", event.asOf().toString())
                .setParameter("evaluation", event.evaluationId().toString())
                .setParameter("policyVersion", event.policyVersion())
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    private void write(WebhookEvent kind, UUID eventId, Instant at, Map<String, Object> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", eventId);
        payload.put("event", kind.wireName);
        payload.put("occurredAt", at.toString());
        payload.put("data", data);
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery(ONE).setParameter("event", kind.wireName).setParameter("eventId", eventId)
                .setParameter("body", body).setParameter("now", clock.instant()).executeUpdate();
    }

    /** The event's id, the same for every webhook and for a replay of the same change. */
    private static UUID key(String what, UUID subject) {
        return UUID.nameUUIDFromBytes((what + "/" + subject).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> data(String k1, UUID v1, String k2, UUID v2, String k3, UUID v3) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(k1, v1);
        data.put(k2, v2);
        data.put(k3, v3);
        return data;
    }
}
