package org.vipcare.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change made to a call outside its attempts: who moved its due time or its assignee, who cancelled it and why,
 * or that it followed its customer to a new manager. Written in the transaction of the change; never changed.
 */
@Entity
public class FollowUpEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID followUpId;

    @Column(nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpEventKind kind;

    public Instant fromDueAt;
    public Instant toDueAt;
    public UUID fromAssigneeId;
    public UUID toAssigneeId;

    /** The person's own words: the cancel reason or the note given with a new due time. */
    public String note;

    /** Null when the service moved the call on its own (a customer moved by the service). */
    public UUID byUserId;

    @Column(nullable = false)
    public Instant at;

    static FollowUpEvent of(FollowUp task, FollowUpEventKind kind, UUID byUserId, Instant at) {
        FollowUpEvent event = new FollowUpEvent();
        event.id = UUID.randomUUID();
        event.followUpId = task.id;
        event.customerId = task.customerId;
        event.kind = kind;
        event.byUserId = byUserId;
        event.at = at;
        return event;
    }

    /** A call's changes, oldest first; a reschedule before the reassignment made with it (kinds descending). */
    public static List<FollowUpEvent> of(UUID followUpId) {
        return list("followUpId = ?1 order by at, kind desc, id", followUpId);
    }
}
