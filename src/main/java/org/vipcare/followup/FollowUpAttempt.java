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

/** One call made for a follow-up task and what came of it; never changed afterwards. */
@Entity
public class FollowUpAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID followUpId;

    @Column(nullable = false)
    public Instant at;

    public UUID byUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpOutcome outcome;

    public Short satisfaction;
    public String answers;
    public String suggestion;
    public String problem;
    public String lead;
    public Instant callbackAt;

    /** The complaint opened from this call, if one was. */
    public UUID complaintId;

    public static List<FollowUpAttempt> of(UUID followUpId) {
        return list("followUpId = ?1 order by at, id", followUpId);
    }

    /** Whether a verification call of the complaint reached the customer at or after {@code since}. */
    public static boolean reachedForComplaint(UUID complaintId, Instant since) {
        return getEntityManager().createQuery("""
                select count(a) from FollowUpAttempt a, FollowUp f
                 where a.followUpId = f.id and f.complaintId = :complaint and f.purpose = :purpose
                   and a.outcome = :reached and a.at >= :since""", Long.class)
                .setParameter("complaint", complaintId).setParameter("purpose", FollowUpPurpose.AFTER_COMPLAINT)
                .setParameter("reached", FollowUpOutcome.REACHED).setParameter("since", since)
                .getSingleResult() > 0;
    }
}
