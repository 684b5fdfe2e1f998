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
 * One call made for a follow-up task and what came of it. The call's record never changes; an opinion raised in it
 * (a suggestion or a problem that did not become a complaint, or a satisfaction of 2 or less) is answered later,
 * once, within 2 working days.
 */
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

    /** How long the call took, in minutes, when the caller said. */
    public Integer durationMinutes;

    /** The complaint opened from this call, if one was. */
    public UUID complaintId;

    /** Set when the call raised an opinion to answer: 2 working days after the call. */
    public Instant answerDueAt;
    public String answer;
    public Instant answeredAt;
    public UUID answeredById;

    public boolean raisesOpinion() {
        return answerDueAt != null;
    }

    public static List<FollowUpAttempt> of(UUID followUpId) {
        return list("followUpId = ?1 order by at, id", followUpId);
    }

    /**
     * Opinions raised in calls, oldest due first: unanswered ones ({@code answered} false), answered ones (true) or
     * both (null); {@code assigneeId} and {@code customerId} narrow them down when given.
     */
    public static List<Opinion> opinions(Boolean answered, UUID assigneeId, UUID customerId, int pageNumber,
            int size) {
        // The page's ids first, then their rows: asked for whole rows in one go, the planner walks every opinion in
        // due order fetching each one's task (a parallel plan, 50-120 ms for an agent at a million customers);
        // asked for ids, it joins two index-only scans (under 10 ms).
        var ids = getEntityManager().createQuery("select a.id " + opinionsFrom(answered, assigneeId, customerId)
                + " order by a.answerDueAt, a.id", UUID.class);
        bind(ids, assigneeId, customerId);
        List<UUID> page = ids.setFirstResult(pageNumber * size).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a, f from FollowUpAttempt a, FollowUp f"
                + " where a.followUpId = f.id and a.id in :ids order by a.answerDueAt, a.id", Object[].class)
                .setParameter("ids", page).getResultList().stream()
                .map(row -> new Opinion((FollowUpAttempt) row[0], (FollowUp) row[1])).toList();
    }

    /** The sales and after-sales leads recorded in a customer's calls, newest first, at most {@code limit}. */
    public static List<Lead> leadsOf(UUID customerId, int limit) {
        return getEntityManager().createQuery("select a.at, a.lead, f.id, f.purpose from FollowUpAttempt a, FollowUp f"
                + " where a.followUpId = f.id and f.customerId = :customer and a.lead is not null"
                + " order by a.at desc, a.id", Object[].class)
                .setParameter("customer", customerId).setMaxResults(limit).getResultList().stream()
                .map(row -> new Lead((Instant) row[0], (String) row[1], (UUID) row[2], (FollowUpPurpose) row[3]))
                .toList();
    }

    /** A lead raised in a call, with the call task it was raised in. */
    public record Lead(Instant at, String lead, UUID followUpId, FollowUpPurpose purpose) {
    }

    /** An opinion with the task whose call raised it. */
    public record Opinion(FollowUpAttempt attempt, FollowUp task) {
    }

    public static long countOpinions(Boolean answered, UUID assigneeId, UUID customerId) {
        var query = getEntityManager().createQuery("select count(a) " + opinionsFrom(answered, assigneeId,
                customerId), Long.class);
        bind(query, assigneeId, customerId);
        return query.getSingleResult();
    }

    private static String opinionsFrom(Boolean answered, UUID assigneeId, UUID customerId) {
        return "from FollowUpAttempt a, FollowUp f where a.followUpId = f.id and a.answerDueAt is not null"
                + (answered == null ? "" : answered ? " and a.answeredAt is not null" : " and a.answeredAt is null")
                + (assigneeId == null ? "" : " and f.assigneeId = :assignee")
                + (customerId == null ? "" : " and f.customerId = :customer");
    }

    private static void bind(jakarta.persistence.Query query, UUID assigneeId, UUID customerId) {
        if (assigneeId != null) {
            query.setParameter("assignee", assigneeId);
        }
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
    }
}
