package org.vipcare.product;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as a client sends it, on create and on replace. */
@RegisterForReflection
public record ProductInput(
        @NotNull ProductKind kind,
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "A number or a VIN. A masked value (with *) as read by a caller who sees the customer "
                + "masked is refused (400)", examples = "LSVAU2180N2183456") @Size(max = 64) String identifier,
        @Schema(examples = "2025-01-01") LocalDate startedAt,
        @Schema(description = "Not before startedAt; for an ACTIVE CONTRACT, what its RENEWAL call counts from",
                examples = "2026-12-31") LocalDate endsAt,
        @Schema(description = "ACTIVE when left out") ProductStatus status) {
}
