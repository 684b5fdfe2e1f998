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

    /** Why the service made this call on its own, as a code the console words; null for calls people made. */
    public String brief;

    /** Calls made. */
    public int attempts;

    /** Calls that count toward giving up: every unreached call but a callback the customer asked for. */
    public int failedTries;

    public int maxAttempts = 3;

    /** The complaint an AFTER_COMPLAINT verification call belongs to. */
    public UUID complaintId;

    /** SPECIAL_DATE tasks: the day celebrated and why; one task per customer, day and reason. */
    public java.time.LocalDate specialDate;

    @Enumerated(EnumType.STRING)
    public SpecialDateReason specialReason;

    /** Why the call was cancelled by hand (PATCH with status CANCELLED); null otherwise. */
    public String cancelReason;

    /** The retention case a RETENTION_CARE call continues. */
    public UUID retentionCaseId;

    /** The consumption record an AFTER_PURCHASE / AFTER_REPAIR call follows; one call per record. */
    public UUID consumptionRecordId;

    /** The enterprise contact a CONTACT_BIRTHDAY call is for; one call per contact and year. */
    public UUID contactId;

    /** The task, locked, so that two attempts on one task are counted one after the other. */
    public static java.util.Optional<FollowUp> findForUpdate(UUID id) {
        return FollowUp.<FollowUp>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The complaint a call task belongs to, read without loading or locking the task (the link never changes). */
    public static java.util.Optional<UUID> complaintOf(UUID id) {
        return getEntityManager().createQuery("select f.complaintId from FollowUp f where f.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The open verification call of a complaint, if there is one. */
    public static java.util.Optional<FollowUp> openVerification(UUID complaintId) {
        return find("complaintId = ?1 and purpose = ?2 and status = ?3", complaintId, FollowUpPurpose.AFTER_COMPLAINT,
                FollowUpStatus.OPEN).firstResultOptional();
    }
}
