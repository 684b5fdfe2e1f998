package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.UUID;
import org.vipcare.tier.Tier;

/** A WATCH customer nobody is talking to yet: no retention case open. */
@RegisterForReflection
public record RetentionWatchCustomerDto(UUID id, String name, Tier tier, BigDecimal windowSpend) {
}
