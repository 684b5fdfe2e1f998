package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PATCH /api/v1/visits/{id}} (a JSON merge patch) of a PLANNED visit: a missing or null member leaves
 * the visit as it is. Either a change of plan (plannedAt, purpose, contactIds, checklist), or the record of the visit
 * (visitedAt with summary, and nextSteps, leads, durationMinutes), or a cancellation (status CANCELLED, alone).
 */
@RegisterForReflection
@Schema(name = "VisitUpdate", examples = VisitExamples.RECORD)
public record VisitUpdate(
        @Schema(description = "Reschedules the visit; in the future") Instant plannedAt,
        @Schema(description = "A new purpose", maxLength = 500) String purpose,
        @Schema(description = "The contacts to meet, replacing the list") List<UUID> contactIds,
        @Schema(description = "The checklist, replacing it (to tick items: send it back with done changed)")
        List<VisitChecklistItem> checklist,
        @Schema(description = "Only CANCELLED, with no other change; DONE comes from visitedAt",
                enumeration = "CANCELLED") VisitStatus status,
        @Schema(description = "Records the visit (status DONE): when it took place, not in the future") Instant visitedAt,
        @Schema(description = "Service time in minutes, 0-1440, with visitedAt; left out: "
                + "vipcare.visits.default-duration-minutes (60)", minimum = "0", maximum = "1440")
        Integer durationMinutes,
        @Schema(description = "What was discussed; required with visitedAt", maxLength = 4000) String summary,
        @Schema(description = "What happens next, with visitedAt", maxLength = 2000) String nextSteps,
        @Schema(description = "Sales leads found, with visitedAt", maxLength = 2000) String leads) {

    /** The members a patch may carry; any other is refused rather than silently ignored. */
    static final Set<String> MEMBERS = Set.of("plannedAt", "purpose", "contactIds", "checklist", "status",
            "visitedAt", "durationMinutes", "summary", "nextSteps", "leads");

    boolean records() {
        return visitedAt != null;
    }

    boolean cancels() {
        return status == VisitStatus.CANCELLED;
    }

    boolean replans() {
        return plannedAt != null || purpose != null || contactIds != null || checklist != null;
    }

    boolean recordMembers() {
        return durationMinutes != null || summary != null || nextSteps != null || leads != null;
    }

    boolean namesNothing() {
        return !replans() && !records() && !recordMembers() && status == null;
    }
}
