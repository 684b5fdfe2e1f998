package org.vipcare.webhook;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;

/** Registers, lists and removes webhooks, and reads their delivery log (ADMIN only, WebhookResource). */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final String LOG = """
            select d.id, d.event_id, d.event, coalesce(a.attempt, 0), a.status_code, a.error, a.duration_ms,
                   coalesce(a.at, d.created_at) as at,
                   case when a.id is null then d.next_attempt_at else a.next_attempt_at end,
                   coalesce(a.state, d.state)
              from webhook_delivery d
              left join webhook_attempt a on a.delivery_id = d.id
             where d.webhook_id = ?1
             order by at desc, coalesce(a.attempt, 0) desc, d.id
             limit ?2 offset ?3""";

    private final EntityManager em;
    private final Clock clock;
    private final WebhookAddresses addresses;
    private final WebhookSecrets secrets;
    private final AuditLog audit;

    public WebhookService(EntityManager em, Clock clock, WebhookAddresses addresses, WebhookSecrets secrets,
            AuditLog audit) {
        this.audit = audit;
        this.em = em;
        this.clock = clock;
        this.addresses = addresses;
        this.secrets = secrets;
    }

    /** Checks the URL (scheme, and that its host resolves to allowed addresses) and the event names first. */
    public Webhook create(WebhookCreate request, String actor) {
        Set<String> events = new LinkedHashSet<>();
        Problem.Violations violations = new Problem.Violations();
        for (int i = 0; i < request.events().size(); i++) {
            String name = request.events().get(i);
            if (WebhookEvent.of(name).isEmpty()) {
                violations.add(new Problem.Violation("events[" + i + "]", "must be one of "
                        + String.join(", ", WebhookEvent.wireNames()), "webhook.events.unknown"));
            }
            events.add(name);
        }
        violations.throwIfAny();
        addresses.requireAllowed(request.url().strip());
        Webhook webhook = new Webhook();
        webhook.stampNew(clock.instant());
        webhook.url = request.url().strip();
        webhook.events = events.toArray(String[]::new);
        webhook.secretCiphertext = secrets.seal(webhook.id, request.secret());
        webhook.createdBy = actor;
        webhook.persist();
        audit.record(actor, AuditAction.WEBHOOK_REGISTERED, null, "POST /api/v1/webhooks",
                webhook.id + " " + webhook.url + " " + String.join(",", webhook.events));
        return webhook;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDto> list(PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of("createdAt", "createdAt", "url", "url"), "createdAt desc");
        String[] order = paging.orderBy().split(" ");
        var query = Webhook.<Webhook>findAll(paging.ascending() ? Sort.ascending(order[0], "id")
                : Sort.descending(order[0], "id"));
        List<WebhookDto> items = query.page(paging.page(), paging.size()).list().stream().map(WebhookDto::from)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook get(UUID id) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null) {
            throw ProblemException.notFound("webhook", id);
        }
        return webhook;
    }

    /** Removes the webhook with its outbox rows: nothing more is sent to it, a try in flight is not recorded. */
    public void delete(UUID id, String actor) {
        Webhook webhook = get(id);
        audit.record(actor, AuditAction.WEBHOOK_DELETED, null, "DELETE /api/v1/webhooks/{id}",
                webhook.id + " " + webhook.url);
        webhook.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDeliveryDto> deliveries(UUID id, PageRequest request) {
        get(id);
        PageRequest.Paging paging = request.resolve(Map.of(), "at desc");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOG).setParameter(1, id).setParameter(2, paging.size())
                .setParameter(3, paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("""
                select count(*) + (select count(*) from webhook_attempt a join webhook_delivery d
                                      on d.id = a.delivery_id where d.webhook_id = ?1)
                  from webhook_delivery d
                 where d.webhook_id = ?1
                   and not exists (select 1 from webhook_attempt a where a.delivery_id = d.id)""")
                .setParameter(1, id).getSingleResult()).longValue();
        List<WebhookDeliveryDto> items = rows.stream().map(r -> new WebhookDeliveryDto((UUID) r[0], (UUID) r[1],
                (String) r[2], ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).intValue(),
                (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), instant(r[7]), instant(r[8]),
                (String) r[9])).toList();
        return new Page<>(items, paging.page(), paging.size(), total);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
