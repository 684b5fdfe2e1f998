package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing that happened with a customer: a purchase or visit, a tier change, and later contacts of every kind. An
 * entry whose source object (complaint, retention case, follow-up) the caller may not read shows its kind and time
 * only. {@code summary} is an English line; the other fields are its facts, for rendering in another language.
 */
@RegisterForReflection
@Schema(examples = CustomerExamples.TIMELINE_EVENT)
public record TimelineEvent(Instant at, TimelineKind kind,
        @Schema(description = "What happened, in English; null when withheld")
        String summary,
        @Schema(description = "The id of the source object (complaint, retention case, follow-up, "
                + "consumption record or tier-history row); null when withheld")
        UUID refId,
        @Schema(description = "True when the caller may not read the source object (for example a complaint "
                + "that is neither the caller's nor about the caller's customer): summary and refId are null, and "
                + "only kind and at are shown")
        boolean withheld,
        @Schema(description = "What happened, as a code of the kind: the consumption kind (SPEND, VISIT, BOTH), "
                + "the tier change's cause (NEW_CUSTOMER, EVALUATION), the complaint or retention event kind, the "
                + "follow-up call's outcome, the follow-up change (RESCHEDULED, REASSIGNED, CANCELLED, MOVED_WITH_CUSTOMER)")
        String action,
        @Schema(description = "The state before: tier, complaint status or retention stage; a follow-up change's "
                + "due time (RESCHEDULED, ISO-8601) or assignee's display name")
        String fromState,
        @Schema(description = "The state after: tier, complaint status or retention stage; a follow-up change's "
                + "due time (RESCHEDULED, ISO-8601) or assignee's display name")
        String toState,
        @Schema(description = "A code that qualifies the action: the complaint's category (RECEIVED), the missed "
                + "deadlines (ESCALATED: CONTACT, FEEDBACK or both, space-separated), FEEDBACK_GIVEN (PROGRESS); "
                + "the real reason (PROBED), agreement method (AGREED) or outcome (CLOSED) of a retention case; "
                + "the follow-up's purpose")
        String qualifier,
        @Schema(description = "The amount spent (consumption) or the satisfaction 1-5 (follow-up call)")
        BigDecimal amount,
        @Schema(description = "A person's own words: the complaint's summary or the event's note, the retention "
                + "step's remark or offer, the problem raised on a call, the note or cancel reason of a follow-up change")
        String detail,
        @Schema(description = "Who did it; null for purchases, tier evaluations and the service's own events")
        UUID actorId) {

    TimelineEvent withheldFromCaller() {
        return new TimelineEvent(at, kind, null, null, true, null, null, null, null, null, null, null);
    }
}
