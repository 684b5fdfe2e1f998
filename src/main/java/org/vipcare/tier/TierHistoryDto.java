package org.vipcare.tier;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = TierExamples.HISTORY_ENTRY)
public record TierHistoryDto(Tier fromTier, Tier toTier, String reason, Integer policyVersion, Instant changedAt) {

    public static TierHistoryDto from(TierHistory h) {
        return new TierHistoryDto(h.fromTier, h.toTier, h.reason, h.policyVersion, h.changedAt);
    }
}
