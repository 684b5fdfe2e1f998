package org.vipcare.webhook;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a webhook's delivery log: a try of a delivery, or a delivery not tried yet (attempt 0). {@code state} is
 * the delivery's state after that try: PENDING (tried again at {@code nextAttemptAt}), DELIVERED or FAILED.
 */
@RegisterForReflection
@Schema(examples = WebhookExamples.DELIVERY)
public record WebhookDeliveryDto(
        @Schema(description = "The X-VipCare-Delivery header: one per event and webhook, the same on every try")
        UUID deliveryId,
        @Schema(description = "The payload's id: one per event, the same for every webhook") UUID eventId,
        String event,
        @Schema(description = "The try's number, from 1; 0 for a delivery not tried yet") int attempt,
        @Schema(description = "The receiver's HTTP status; absent when no answer came") Integer statusCode,
        @Schema(description = "Why the try failed, when it did") String error,
        @Schema(description = "How long the try took, in milliseconds") Integer durationMs,
        @Schema(description = "When the try was made (when the event was written, for attempt 0)") Instant at,
        @Schema(description = "When the next try is due, while PENDING") Instant nextAttemptAt,
        @Schema(enumeration = { "PENDING", "DELIVERED", "FAILED" }) String state) {
}
