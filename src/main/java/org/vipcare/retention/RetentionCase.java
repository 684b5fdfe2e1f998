package org.vipcare.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.common.BaseEntity;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;

/**
 * A retention talk with a customer who wants to cancel a service or leave (SPEC 3): what they said first, the real
 * reason found by probing, the value equation, the offers prepared, the agreement and the outcome.
 */
@Entity
public class RetentionCase extends BaseEntity {

    /** Rule of the practice: prepare at least two retention plans before seeking agreement. */
    public static final int MIN_OFFERS_FOR_AGREEMENT = 2;

    @Column(nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionType type;

    public String service;

    /** The first reason the customer gave: a churn reason code or their own words. */
    public String statedReason;

    public String channel;

    /** A churn reason code, known once probed. */
    public String realReason;

    public String reasonDetail;

    /** Whether the cause is one we can fix (有能力原因) or not (无能力原因). */
    public Boolean fixable;

    @Enumerated(EnumType.STRING)
    public RetentionAttitude attitude;

    public Short severity;

    public Short countermeasureCost;

    public Short retentionScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionStage stage = RetentionStage.TRUST;

    @Enumerated(EnumType.STRING)
    public RetentionOutcome outcome;

    public int offerCount;

    public UUID agreedOfferId;

    @Enumerated(EnumType.STRING)
    public RetentionMethod agreementMethod;

    public Instant agreedAt;

    public String note;

    /** Who works the case: the customer's manager, else the user who opened it. */
    public UUID managerId;

    @Column(nullable = false)
    public UUID openedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RetentionSource source;

    @Column(nullable = false)
    public Instant openedAt;

    public Instant probedAt;

    public Instant closedAt;

    /** The continued-care call made on closing. */
    public UUID followUpId;

    /** The case locked for a step, so that two steps on one case happen one after the other. */
    public static Optional<RetentionCase> findForUpdate(UUID id) {
        return RetentionCase.<RetentionCase>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the customer has a case not yet closed. */
    /** The customer's open case, if it has one (at most one is open at a time). */
    public static java.util.Optional<UUID> openCaseOf(UUID customerId) {
        return RetentionCase.<RetentionCase>find("customerId = ?1 and stage <> ?2", customerId, RetentionStage.CLOSED)
                .firstResultOptional().map(c -> c.id);
    }


    /** The value equation (价值等式): countermeasure cost minus problem severity. */
    public static short score(int countermeasureCost, int severity) {
        return (short) (countermeasureCost - severity);
    }

    /** What may be done next: the stage's actions less those whose guard fails. */
    public Set<RetentionAction> allowedActions() {
        Set<RetentionAction> allowed = EnumSet.noneOf(RetentionAction.class);
        for (RetentionAction action : stage.actions()) {
            if (guard(action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Performs {@code action}'s stage move or refuses with a 409 naming the allowed actions: CONFLICT when a rule of
     * the practice stands in the way, ILLEGAL_TRANSITION when the stage does not allow it. Returns the old stage.
     */
    public RetentionStage perform(RetentionAction action, Instant now) {
        Set<RetentionAction> allowed = allowedActions();
        if (!allowed.contains(action)) {
            String guard = stage.isOpen() ? guard(action) : null;
            throw new ProblemException(guard == null ? ProblemType.ILLEGAL_TRANSITION : ProblemType.CONFLICT,
                    guard == null ? "retention.step.not-now" : guardCode(action),
                    "Retention case " + id + " is " + stage + "; " + action + " is not possible"
                            + (guard == null ? "" : ": " + guard) + ". Allowed actions: " + describe(allowed) + ".")
                    .with("stage", stage).with("min", MIN_OFFERS_FOR_AGREEMENT).with("count", offerCount);
        }
        RetentionStage from = stage;
        stage = action.target(stage);
        updatedAt = now;
        return from;
    }

    /** Why a rule of the practice forbids {@code action} now, or null. */
    String guard(RetentionAction action) {
        return switch (action) {
            case OFFER -> realReason == null
                    ? "record the real reason first (probe) - never start retaining before it is known" : null;
            case AGREE -> offerCount < MIN_OFFERS_FOR_AGREEMENT
                    ? "agreement needs at least " + MIN_OFFERS_FOR_AGREEMENT + " prepared offers, the case has "
                            + offerCount
                    : null;
            case CLOSE_RETAINED, CLOSE_PARTIAL -> agreedOfferId == null
                    ? "RETAINED and PARTIAL need an agreement first; LOST closes without one" : null;
            case PROBE, CLOSE_LOST -> null;
        };
    }

    /** The code of the rule of the practice that {@link #guard} names. */
    private static String guardCode(RetentionAction action) {
        return switch (action) {
            case OFFER -> "retention.offer.needs-reason";
            case AGREE -> "retention.agree.needs-offers";
            default -> "retention.close.needs-agreement";
        };
    }

    static String describe(Set<RetentionAction> actions) {
        return actions.isEmpty() ? "none" : actions.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    public boolean isWorkedBy(UUID userId) {
        return userId.equals(managerId) || userId.equals(openedBy);
    }
}
