package org.vipcare.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.BaseEntity;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * A complaint record (抱怨记录单) with its SLA clocks stored as due times. The first receiver owns it until an
 * explicit handover (首问负责).
 */
@Entity
public class Complaint extends BaseEntity {

    /** A resolved or closed complaint may be reopened for this long after its resolution (SPEC 4). */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(30);

    @Column(nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintChannel channel;

    public String place;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String summary;

    public String demand;

    @Enumerated(EnumType.STRING)
    public ComplainantType complainantType;

    @Enumerated(EnumType.STRING)
    public ComplaintPurpose purpose;

    @Column(nullable = false)
    public UUID firstReceiverId;

    @Column(nullable = false)
    public UUID ownerId;

    /** The staff member the complaint is about (涉及员工), if it names one; what the staff ranking counts. */
    public UUID staffConcernedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status = ComplaintStatus.RECEIVED;

    @Column(nullable = false)
    public BigDecimal slaMultiplier;

    @Column(nullable = false)
    public Instant contactDueAt;

    @Column(nullable = false)
    public Instant feedbackDueAt;

    /** When 75 % of the contact clock has run (amber); same basis, wall or working time, as its due time. */
    @Column(nullable = false)
    public Instant contactWarnAt;

    @Column(nullable = false)
    public Instant feedbackWarnAt;

    public Instant contactedAt;
    public Boolean contactOnTime;
    public Instant feedbackAt;
    public Boolean feedbackOnTime;
    public Instant resolvedAt;
    public String resolution;
    public String compensation;
    public Instant closedAt;
    public Instant reopenedAt;

    // Breach marks: written only by the breach detector's SQL, never by an entity update, so that a move made
    // concurrently with a scan cannot clear them.
    @Column(updatable = false)
    public boolean escalated;

    @Column(updatable = false)
    public Instant escalatedAt;

    @Column(updatable = false)
    public boolean contactBreached;

    @Column(updatable = false)
    public boolean feedbackBreached;

    /**
     * When a verification call (跟踪核实) last reached the customer. Written only through {@link #recordVerified}, by
     * SQL, for the same reason as the breach marks.
     */
    @Column(updatable = false)
    public Instant verifiedAt;

    /** The complaint locked for a move, so that two moves of one complaint happen one after the other. */
    public static Optional<Complaint> findForUpdate(UUID id) {
        return Complaint.<Complaint>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Records that a verification call reached the customer at {@code at}; the complaint's version stays. */
    static void recordVerified(UUID id, Instant at) {
        getEntityManager().createNativeQuery("update complaint set verified_at = ?1 where id = ?2")
                .setParameter(1, at).setParameter(2, id).executeUpdate();
        // The same transaction may close it next: the loaded copy learns it too (never written back, updatable=false).
        Complaint loaded = getEntityManager().find(Complaint.class, id);
        if (loaded != null) {
            loaded.verifiedAt = at;
        }
    }

    /** Whether a verification call reached the customer after the latest resolution: what closing waits for. */
    public boolean isVerified() {
        return resolvedAt != null && verifiedAt != null && !verifiedAt.isBefore(resolvedAt);
    }

    /**
     * A verification call reached the customer, who is not satisfied with the resolution (SPEC 8, "Dissatisfaction"):
     * it is not verified, so it cannot close, and a resolved (or reopened) complaint goes back to work, IN_PROGRESS;
     * resolved again, it gets a new verification call. Not a move a person makes, so not in the state machine.
     * Returns the old status.
     */
    public ComplaintStatus notVerified(Instant now) {
        ComplaintStatus from = status;
        if (status == ComplaintStatus.RESOLVED || status == ComplaintStatus.REOPENED) {
            status = ComplaintStatus.IN_PROGRESS;
        }
        updatedAt = now;
        return from;
    }

    public List<ComplaintBreach> breaches() {
        List<ComplaintBreach> breaches = new ArrayList<>(2);
        if (contactBreached) {
            breaches.add(ComplaintBreach.CONTACT);
        }
        if (feedbackBreached) {
            breaches.add(ComplaintBreach.FEEDBACK);
        }
        return breaches;
    }

    public ComplaintSlaState contactSla(Instant now) {
        return ComplaintSla.state(contactBreached, contactedAt, contactOnTime, contactWarnAt, contactDueAt, now);
    }

    public ComplaintSlaState feedbackSla(Instant now) {
        return ComplaintSla.state(feedbackBreached, feedbackAt, feedbackOnTime, feedbackWarnAt, feedbackDueAt, now);
    }

    /** The complaint's SLA state: its more urgent clock's. */
    public ComplaintSlaState slaState(Instant now) {
        return contactSla(now).worse(feedbackSla(now));
    }

    /** The moves allowed now: the state machine's, less reopening once 30 days have passed since resolution. */
    public Set<ComplaintStatus> allowedMoves(Instant now) {
        Set<ComplaintStatus> moves = EnumSet.noneOf(ComplaintStatus.class);
        moves.addAll(status.moves());
        if (moves.contains(ComplaintStatus.REOPENED)
                && (resolvedAt == null || now.isAfter(resolvedAt.plus(REOPEN_WINDOW)))) {
            moves.remove(ComplaintStatus.REOPENED);
        }
        return moves;
    }

    /** Moves to {@code target}, or refuses with a 409 that names the moves allowed now. Returns the old status. */
    public ComplaintStatus moveTo(ComplaintStatus target, Instant now) {
        Set<ComplaintStatus> allowed = allowedMoves(now);
        if (!allowed.contains(target)) {
            boolean late = target == ComplaintStatus.REOPENED && status.moves().contains(target);
            String why = late ? " A complaint can be reopened only within " + REOPEN_WINDOW.toDays()
                    + " days of its resolution (resolved at " + resolvedAt + ")." : "";
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
                    late ? "complaint.reopen.too-late" : "complaint.move.not-allowed", "Complaint " + id + " is "
                            + status + " and cannot move to " + target + "." + why + " Allowed moves: "
                            + describe(allowed) + ".")
                    .with("status", status).with("target", target).with("days", REOPEN_WINDOW.toDays())
                    .with("resolvedAt", resolvedAt).with("allowed", List.copyOf(allowed));
        }
        ComplaintStatus from = status;
        status = target;
        updatedAt = now;
        return from;
    }

    static String describe(Set<ComplaintStatus> moves) {
        return moves.isEmpty() ? "none" : moves.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** First contact: records whether it came within the contact clock. */
    public void contact(Instant at) {
        contactedAt = at;
        contactOnTime = !at.isAfter(contactDueAt);
    }

    /** Progress or result told to the customer; only the first one counts for the feedback clock. */
    public void feedback(Instant at) {
        if (feedbackAt == null) {
            feedbackAt = at;
            feedbackOnTime = !at.isAfter(feedbackDueAt);
        }
    }

    public boolean isOwnedBy(UUID userId) {
        return ownerId.equals(userId);
    }
}
