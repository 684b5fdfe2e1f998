package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the retention case's step endpoints, one record per step. */
public final class RetentionMoves {

    private RetentionMoves() {
    }

    /**
     * The reason the customer gave, recorded or corrected on an open case while it is early (see RetentionStage);
     * sent by the console's case page only, so not a schema of the API document.
     */
    public record StatedReason(@NotBlank @Size(max = 500) String statedReason) {
    }

    @RegisterForReflection
    @Schema(name = "RetentionProbe")
    public record Probe(
            @NotBlank @Size(max = 30) @Schema(description = "A churn reason code", example = "TARIFF")
            String realReason,
            @Size(max = 2000) String reasonDetail,
            @NotNull @Schema(description = "true when the cause is one we can fix (有能力原因)") Boolean fixable,
            RetentionAttitude attitude,
            @NotNull @Min(1) @Max(5) @Schema(description = "Problem severity (问题严重性), 1..5") Integer severity,
            @NotNull @Min(1) @Max(5) @Schema(description = "What leaving would cost the customer (对策成本), 1..5")
            Integer countermeasureCost) {
    }

    @RegisterForReflection
    @Schema(name = "RetentionOfferCreate")
    public record Offer(
            @NotNull RetentionMethod kind,
            @NotBlank @Size(max = 500) String description,
            @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
            @Schema(description = "What the offer is worth to the customer per month") BigDecimal monthlyValue) {
    }

    @RegisterForReflection
    @Schema(name = "RetentionAgreement")
    public record Agreement(
            @NotNull @Schema(description = "One of this case's offers") UUID offerId,
            @NotNull RetentionMethod method) {
    }

    @RegisterForReflection
    @Schema(name = "RetentionClose")
    public record Close(@NotNull RetentionOutcome outcome, @Size(max = 2000) String note) {
    }

    @RegisterForReflection
    @Schema(name = "RetentionPlaybookUpdate")
    public record PlaybookUpdate(
            @NotBlank @Schema(description = "en or zh-CN", example = "zh-CN") String locale,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String text) {
    }
}
