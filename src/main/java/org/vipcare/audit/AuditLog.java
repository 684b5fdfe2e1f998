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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
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

    /** One customer read that goes on the trail: what was done, to whom, and a detail (may be null). */
    public record Read(AuditAction action, UUID customerId, String detail) {
    }

    /**
     * The reads of one request (issue 16: the hot path of customer reads and lists). Inside a transaction they join
     * it like {@link #record}; outside one they are a single insert in autocommit, one round trip and durable when
     * this returns, so the caller shows nothing that is not on the trail.
     */
    public void recordReads(String actor, String endpoint, List<Read> reads) {
        if (reads.isEmpty()) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            reads.forEach(read -> record(actor, read.action(), read.customerId(), endpoint, read.detail()));
            return;
        }
        String sql = "insert into audit_entry (at, actor, action, customer_id, endpoint, detail) values "
                + String.join(", ", Collections.nCopies(reads.size(), "(?, ?, ?, ?, ?, ?)"));
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        try (Connection connection = db.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            for (Read read : reads) {
                insert.setObject(++i, at);
                insert.setString(++i, actor);
                insert.setString(++i, read.action().name());
                insert.setObject(++i, read.customerId());
                insert.setString(++i, endpoint);
                insert.setString(++i, read.detail());
            }
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
