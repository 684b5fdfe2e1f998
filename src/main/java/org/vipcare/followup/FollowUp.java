package org.vipcare.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.vipcare.common.BaseEntity;

/** A call task for a customer, due at a time, for a purpose, assigned to a manager. */
@Entity
public class FollowUp extends BaseEntity {

    @Column(nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpPurpose purpose;

    @Column(nullable = false)
    public Instant dueAt;

    public UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status = FollowUpStatus.OPEN;

    public String note;

    public int attempts;

    public int maxAttempts = 3;
}
