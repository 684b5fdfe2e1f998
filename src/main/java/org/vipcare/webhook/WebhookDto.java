package org.vipcare.webhook;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered webhook as the API shows it: never its secret. */
@RegisterForReflection
@Schema(examples = WebhookExamples.WEBHOOK)
public record WebhookDto(UUID id, String url, List<String> events, String createdBy, Instant createdAt) {

    public static WebhookDto from(Webhook w) {
        return new WebhookDto(w.id, w.url, w.eventList(), w.createdBy, w.createdAt);
    }
}
