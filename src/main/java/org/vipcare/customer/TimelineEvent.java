package org.vipcare.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing that happened with a customer: a purchase or visit, a tier change, and later contacts of every kind. An
 * entry whose source object (complaint, retention case, follow-up) the caller may not read shows its kind and time
 * only.
 */
@RegisterForReflection
@Schema(examples = CustomerExamples.TIMELINE_EVENT)
public record TimelineEvent(Instant at, TimelineKind kind,
        @Schema(description = "What happened; null when withheld")
        String summary,
        @Schema(description = "The id of the source object (complaint, retention case, follow-up, "
                + "consumption record or tier-history row); null when withheld")
        UUID refId,
        @Schema(description = "True when the caller may not read the source object (for example a complaint "
                + "that is neither the caller's nor about the caller's customer): summary and refId are null, and "
                + "only kind and at are shown")
        boolean withheld) {

    TimelineEvent withheldFromCaller() {
        return new TimelineEvent(at, kind, null, null, true);
    }
}
