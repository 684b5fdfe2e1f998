package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint as the API shows it, with the moves its status allows now and where each SLA clock stands now
 * (contactSla, feedbackSla; slaState is the more urgent of the two).
 */
@RegisterForReflection
@Schema(examples = ComplaintExamples.COMPLAINT)
public record ComplaintDto(UUID id, UUID customerId, Instant receivedAt, ComplaintChannel channel, String place,
        String category, String summary, String demand, ComplainantType complainantType, ComplaintPurpose purpose,
        UUID firstReceiverId, UUID ownerId, UUID staffConcernedId, ComplaintStatus status, BigDecimal slaMultiplier, Instant contactDueAt,
        Instant feedbackDueAt, Instant contactWarnAt, Instant feedbackWarnAt, ComplaintSlaState contactSla,
        ComplaintSlaState feedbackSla, ComplaintSlaState slaState, Instant contactedAt, Boolean contactOnTime, Instant feedbackAt, Boolean feedbackOnTime,
        Instant resolvedAt, String resolution, String compensation, Instant closedAt, Instant reopenedAt,
        boolean escalated, Instant escalatedAt, List<ComplaintBreach> breaches, Set<ComplaintStatus> allowedMoves,
        Instant createdAt, Instant updatedAt, long version) {

    public static ComplaintDto from(Complaint c, Instant now) {
        return new ComplaintDto(c.id, c.customerId, c.receivedAt, c.channel, c.place, c.category, c.summary,
                c.demand, c.complainantType, c.purpose, c.firstReceiverId, c.ownerId, c.staffConcernedId, c.status, c.slaMultiplier,
                c.contactDueAt, c.feedbackDueAt, c.contactWarnAt, c.feedbackWarnAt, c.contactSla(now),
                c.feedbackSla(now), c.slaState(now), c.contactedAt, c.contactOnTime, c.feedbackAt, c.feedbackOnTime,
                c.resolvedAt, c.resolution, c.compensation, c.closedAt, c.reopenedAt, c.escalated, c.escalatedAt,
                c.breaches(), c.allowedMoves(now), c.createdAt, c.updatedAt, c.version);
    }
}
