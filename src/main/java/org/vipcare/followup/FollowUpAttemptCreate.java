package org.vipcare.followup;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.ComplaintPurpose;

/** Body of {@code POST /api/v1/follow-ups/{id}/attempts}: one call and what came of it. */
@RegisterForReflection
@Schema(name = "FollowUpAttemptCreate")
public record FollowUpAttemptCreate(
        @NotNull FollowUpOutcome outcome,
        @Min(1) @Max(5) @Schema(description = "1..5, only for REACHED") Integer satisfaction,
        @Size(max = 4000) String answers,
        @Size(max = 2000) String suggestion,
        @Size(max = 2000) @Schema(description = "A problem the customer raised") String problem,
        @Size(max = 2000) @Schema(description = "A sales or after-sales lead") String lead,
        @Schema(description = "NO_TIME only: when the customer asked to be called back. The call falls due exactly"
                + " then, even outside the contact window, and the try does not count toward giving up; without it"
                + " the call goes to the customer's next contact slot from the next day on") Instant callbackAt,
        @Schema(description = "REACHED only: open a complaint about the problem in the same transaction")
        boolean openComplaint,
        @Valid @Schema(description = "Required with openComplaint") ComplaintPart complaint,
        @Min(0) @Max(600) @Schema(description = "How long the call took, in minutes (0..600)") Integer durationMinutes) {

    /** The complaint opened from a call: customer, channel (PHONE), time and receiver come from the call. */
    @RegisterForReflection
    @Schema(name = "FollowUpComplaint")
    public record ComplaintPart(
            @NotBlank @Size(max = 30) String category,
            @Size(max = 2000) @Schema(description = "Defaults to the attempt's problem") String summary,
            @Size(max = 2000) String demand,
            ComplainantType complainantType,
            ComplaintPurpose purpose,
            @Schema(description = "The staff member the problem is about, if any") java.util.UUID staffConcernedId) {
    }
}
