package org.vipcare.tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One change of a customer's tier: from, to, why, under which policy version. */
@Entity
public class TierHistory extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    public Tier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier toTier;

    @Column(nullable = false)
    public String reason;

    public Integer policyVersion;

    @Column(nullable = false)
    public Instant changedAt;

    public static TierHistory of(UUID customerId, Tier from, Tier to, String reason, Integer policyVersion,
            Instant at) {
        TierHistory row = new TierHistory();
        row.id = UUID.randomUUID();
        row.customerId = customerId;
        row.fromTier = from;
        row.toTier = to;
        row.reason = reason;
        row.policyVersion = policyVersion;
        row.changedAt = at;
        return row;
    }
}
