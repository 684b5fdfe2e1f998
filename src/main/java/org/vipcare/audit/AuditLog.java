package org.vipcare.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;

/** Writes and reads the audit trail. Writing joins the caller's transaction, or makes its own. */
@ApplicationScoped
public class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, AuditAction action, UUID customerId, String endpoint, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.customerId = customerId;
        entry.endpoint = endpoint;
        entry.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        entry.persist();
    }

    /** Login failures must be kept even though the request that caused them fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String endpoint, String detail) {
        record(actor, action, null, endpoint, detail);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryDto> search(UUID customerId, String actor, AuditAction action, Instant from, Instant to,
            PageRequest paging) {
        PageRequest.Paging page = paging.resolve(Map.of("at", "at"), "at desc");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (customerId != null) {
            where.add("customerId = :customerId");
            params.and("customerId", customerId);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (action != null) {
            where.add("action = :action");
            params.and("action", action);
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to);
        }
        Sort sort = page.ascending() ? Sort.ascending("at", "id") : Sort.descending("at", "id");
        var query = where.isEmpty() ? AuditEntry.<AuditEntry>findAll(sort)
                : AuditEntry.<AuditEntry>find(String.join(" and ", where), sort, params);
        List<AuditEntryDto> items = query.page(page.page(), page.size()).list().stream().map(AuditEntryDto::from)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }
}
