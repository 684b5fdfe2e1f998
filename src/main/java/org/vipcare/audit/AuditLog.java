package org.vipcare.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.SqlList;

/** Writes and reads the audit trail. Writing joins the caller's transaction, or makes its own. */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT =
            "insert into audit_entry (at, actor, action, customer_id, endpoint) values (?, ?, ?, ?, ?)";

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource db;

    public AuditLog(Clock clock, TransactionSynchronizationRegistry transactions, DataSource db) {
        this.clock = clock;
        this.transactions = transactions;
        this.db = db;
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

    /**
     * A read of personal data in full (issue 16: the hot path of an admin's customer read). Inside a transaction it
     * joins it like {@link #record}; outside one it is a single insert in autocommit, one round trip and durable
     * when this returns, so the caller shows nothing that is not on the trail.
     */
    public void recordRead(String actor, AuditAction action, UUID customerId, String endpoint) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            record(actor, action, customerId, endpoint, null);
            return;
        }
        try (Connection connection = db.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, action.name());
            insert.setObject(4, customerId);
            insert.setString(5, endpoint);
            insert.executeUpdate();
        } catch (SQLException e) {
            // As Hibernate would: the error mapper answers 503 for an outage found in the cause chain.
            throw new PersistenceException("Writing the audit trail", e);
        }
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
