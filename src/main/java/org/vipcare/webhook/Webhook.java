package org.vipcare.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vipcare.common.BaseEntity;

/**
 * An integrator's receiver (V33): where to POST, which events, and the secret that signs them, stored only encrypted
 * ({@link WebhookSecrets}). Its deliveries are rows of the outbox {@code webhook_delivery} ({@link WebhookOutbox}).
 */
@Entity
public class Webhook extends BaseEntity {

    @Column(nullable = false, length = 2000)
    public String url;

    /** Wire names of {@link WebhookEvent}s. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] events;

    @Column(nullable = false)
    public byte[] secretCiphertext;

    @Column(nullable = false, length = 100)
    public String createdBy;

    public List<String> eventList() {
        return List.of(events);
    }
}
