package org.vipcare.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vipcare.common.BaseEntity;

/**
 * A manager's visit to an enterprise customer (tables visit and visit_contact, V38): planned, then recorded or
 * cancelled. The manager performance report reads DONE rows' visitedAt, durationMinutes and managerId in SQL.
 */
@Entity
public class Visit extends BaseEntity {

    @Column(nullable = false)
    public UUID customerId;

    /** Who makes the visit; the customer's new manager takes over its PLANNED visits. */
    @Column(nullable = false)
    public UUID managerId;

    @Column(nullable = false)
    public Instant plannedAt;

    @Column(nullable = false)
    public String purpose;

    /** The contacts (customer_contact) the visit is to meet. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_contact", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "contact_id")
    public Set<UUID> contactIds = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<VisitChecklistItem> checklist = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitStatus status;

    public Instant visitedAt;

    public Integer durationMinutes;

    public String summary;

    public String nextSteps;

    public String leads;

    /** PLANNED with its planned time passed. */
    public boolean overdueAt(Instant now) {
        return status == VisitStatus.PLANNED && plannedAt.isBefore(now);
    }
}
