package org.vipcare.complaint;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the complaint's action endpoints, one record per move. */
public final class ComplaintMoves {

    private ComplaintMoves() {
    }

    @RegisterForReflection
    @Schema(name = "ComplaintContact", examples = ComplaintExamples.CONTACT)
    public record Contact(
            @Schema(description = "When the customer was reached; defaults to now") Instant contactedAt,
            @Size(max = 2000) String note) {
    }

    @RegisterForReflection
    @Schema(name = "ComplaintProgress", examples = ComplaintExamples.PROGRESS)
    public record Progress(
            @NotBlank @Size(max = 2000) String note,
            @Schema(description = "true when this entry told the customer about progress or result; the first "
                    + "one satisfies the feedback SLA") boolean feedbackGiven) {
    }

    @RegisterForReflection
    @Schema(name = "ComplaintResolve", examples = ComplaintExamples.RESOLVE)
    public record Resolve(
            @NotBlank @Size(max = 2000) String resolution,
            @Size(max = 500) @Schema(description = "What the customer was given, if anything") String compensation) {
    }

    @RegisterForReflection
    @Schema(name = "ComplaintReopen", examples = ComplaintExamples.REOPEN)
    public record Reopen(@NotBlank @Size(max = 2000) String reason) {
    }

    @RegisterForReflection
    @Schema(name = "ComplaintHandover", examples = ComplaintExamples.HANDOVER)
    public record Handover(
            @NotNull @Schema(description = "An enabled agent or supervisor") UUID toUserId,
            @NotBlank @Size(max = 2000) String note) {
    }
}
