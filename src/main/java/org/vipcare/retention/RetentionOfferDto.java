package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = RetentionExamples.OFFER_MADE)
public record RetentionOfferDto(UUID id, UUID caseId, RetentionMethod kind, String description,
        BigDecimal monthlyValue, UUID createdBy, Instant createdAt) {

    public static RetentionOfferDto from(RetentionOffer o) {
        return new RetentionOfferDto(o.id, o.caseId, o.kind, o.description, o.monthlyValue, o.createdBy, o.createdAt);
    }
}
