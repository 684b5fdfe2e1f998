package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.vipcare.tier.Tier;

/** One open case on the save desk, with the customer value it is ranked by. */
@RegisterForReflection
@Schema(examples = RetentionExamples.SAVE_DESK_ENTRY)
public record RetentionSaveDeskDto(UUID id, UUID customerId, String customerName, Tier tier, boolean watch,
        BigDecimal windowSpend, RetentionType type, RetentionStage stage, String realReason, Integer retentionScore,
        UUID managerId, RetentionSource source, Instant openedAt) {
}
