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

    public String note;

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
