package org.vipcare.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a retention case: who, when, from which stage to which, with what note. */
@Entity
public class RetentionEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionEventKind kind;

    public UUID actorId;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    public RetentionStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionStage toStage;

    /** The step in English, as the API has always read it; the console renders the facts below instead. */
    public String note;

    // ---- PROBED: what this probe found (a later probe may correct the case; the event keeps its own findings)
    public String realReason;
    public Boolean fixable;
    public Short severity;
    public Short countermeasureCost;
    public Short retentionScore;

    @Enumerated(EnumType.STRING)
    public RetentionAttitude attitude;

    /** OFFERED, AGREED: the offer made or accepted. */
    public UUID offerId;

    /** The person's own words: the stated reason (OPENED), the reason detail (PROBED), the closing note (CLOSED). */
    public String remark;

    public static RetentionEvent of(RetentionCase c, RetentionEventKind kind, RetentionStage from, UUID actorId,
            String actor, Instant at, String note) {
        RetentionEvent event = new RetentionEvent();
        event.id = UUID.randomUUID();
        event.caseId = c.id;
        event.at = at;
        event.kind = kind;
        event.actorId = actorId;
        event.actor = actor;
        event.fromStage = from;
        event.toStage = c.stage;
        event.note = note;
        return event;
    }

    public static List<RetentionEvent> history(UUID caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
