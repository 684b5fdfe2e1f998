package org.vipcare.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a complaint's history: who moved it, when, from which status to which, with what note. */
@Entity
public class ComplaintEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID complaintId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintEventKind kind;

    /** Null for the service's own events (a detected breach). */
    public UUID actorId;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus toStatus;

    public UUID fromOwnerId;
    public UUID toOwnerId;

    /** The person's own words; the facts below are rendered in the reader's language. */
    public String note;

    /** PROGRESS: the customer was told how things stand (satisfies the feedback clock). */
    public boolean feedbackGiven;

    /** ESCALATED: which deadlines the breach scan found missed. */
    public boolean contactMissed;
    public boolean feedbackMissed;

    public static ComplaintEvent of(Complaint complaint, ComplaintEventKind kind, ComplaintStatus from,
            UUID actorId, String actor, Instant at, String note) {
        ComplaintEvent event = new ComplaintEvent();
        event.id = UUID.randomUUID();
        event.complaintId = complaint.id;
        event.at = at;
        event.kind = kind;
        event.actorId = actorId;
        event.actor = actor;
        event.fromStatus = from;
        event.toStatus = complaint.status;
        event.note = note;
        return event;
    }

    public static List<ComplaintEvent> history(UUID complaintId) {
        return list("complaintId = ?1 order by at, id", complaintId);
    }
}
