package org.vipcare.tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
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

    /** Why, as a fact the console renders in the reader's language; null on rows older than V27 it could not read. */
    @Enumerated(EnumType.STRING)
    public TierChangeCause cause;

    /** The evaluation's figures: the customer's window and the population's averages. */
    public BigDecimal windowSpend;
    public BigDecimal averageSpend;
    public Integer windowVisits;
    public BigDecimal averageVisits;

    @Column(nullable = false)
    public Instant changedAt;

    /** A new customer's first tier. */
    public static TierHistory firstTier(UUID customerId, Instant at) {
        TierHistory row = of(customerId, null, Tier.ORDINARY, "new customer", null, at);
        row.cause = TierChangeCause.NEW_CUSTOMER;
        return row;
    }

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
