package org.vipcare.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A retention plan prepared for a case: what kind, what exactly, and what it is worth per month. */
@Entity
public class RetentionOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionMethod kind;

    @Column(nullable = false)
    public String description;

    public BigDecimal monthlyValue;

    @Column(nullable = false)
    public UUID createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    public static List<RetentionOffer> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    public static List<RetentionOffer> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1 order by createdAt, id", caseIds);
    }
}
