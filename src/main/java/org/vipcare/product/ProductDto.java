package org.vipcare.product;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.security.Masking;

/** A product as the API shows it; the identifier masked ({@code LSV**********3456}) like the customer's phones. */
@RegisterForReflection
@Schema(examples = ProductExamples.PRODUCT)
public record ProductDto(UUID id, UUID customerId, ProductKind kind, String name,
        @Schema(description = "Masked like a phone unless the caller sees the customer in full; see masked")
        String identifier,
        LocalDate startedAt, LocalDate endsAt, ProductStatus status,
        @Schema(description = "Whether identifier is masked for this caller") boolean masked,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "The ETag of the product without quotes: send it as If-Match to change or delete it")
        long version) {

    public static ProductDto from(Product p, boolean unmasked) {
        return new ProductDto(p.id, p.customerId, p.kind, p.name,
                unmasked ? p.identifier : Masking.idNumber(p.identifier), p.startedAt, p.endsAt, p.status, !unmasked,
                p.createdAt, p.updatedAt, p.version);
    }
}
