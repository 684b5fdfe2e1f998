package org.vipcare.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.SqlList;

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
        SqlList where = new SqlList()
                .andIfGiven("customerId = :customerId", "customerId", customerId)
                .andIfGiven("actor = :actor", "actor", actor == null || actor.isBlank() ? null : actor)
                .andIfGiven("action = :action", "action", action)
                .andIfGiven("at >= :from", "from", from)
                .andIfGiven("at < :to", "to", to);
        Sort sort = page.ascending() ? Sort.ascending("at", "id") : Sort.descending("at", "id");
        var query = AuditEntry.<AuditEntry>find(where.where(), sort, where.params());
        List<AuditEntryDto> items = query.page(page.page(), page.size()).list().stream().map(AuditEntryDto::from)
                .toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }
}
