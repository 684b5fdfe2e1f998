package org.vipcare.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.common.BaseEntity;

/** A product, service, vehicle or contract registered under a customer (table product, V37). */
@Entity
public class Product extends BaseEntity {

    @Column(nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductKind kind;

    @Column(nullable = false)
    public String name;

    /** A number or a VIN; shown masked to whoever sees the customer masked. */
    public String identifier;

    public LocalDate startedAt;

    public LocalDate endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    public static Optional<Product> findOf(UUID customerId, UUID id) {
        return find("id = ?1 and customerId = ?2", id, customerId).firstResultOptional();
    }
}
