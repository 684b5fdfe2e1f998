package org.vipcare.visit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit as the API shows it. */
@RegisterForReflection
@Schema(name = "Visit", examples = VisitExamples.VISIT)
public record VisitDto(UUID id, UUID customerId,
        @Schema(description = "Who makes the visit: the customer's manager when planned (or the planner when the "
                + "customer has none); a new manager of the customer takes over its PLANNED visits") UUID managerId,
        Instant plannedAt, String purpose, List<UUID> contactIds, List<VisitChecklistItem> checklist,
        VisitStatus status,
        @Schema(description = "PLANNED with plannedAt in the past") boolean overdue,
        Instant visitedAt,
        @Schema(description = "Service time of a DONE visit, in minutes") Integer durationMinutes,
        String summary, String nextSteps, String leads, Instant createdAt, Instant updatedAt,
        @Schema(description = "The ETag of the visit without quotes: send it as If-Match to change it") long version) {

    public static VisitDto from(Visit v, Instant now) {
        return new VisitDto(v.id, v.customerId, v.managerId, v.plannedAt, v.purpose, List.copyOf(v.contactIds),
                List.copyOf(v.checklist), v.status, v.overdueAt(now), v.visitedAt, v.durationMinutes, v.summary,
                v.nextSteps, v.leads, v.createdAt, v.updatedAt, v.version);
    }
}
