package org.vipcare.notification;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the caller's notifications: what happened ({@code kind}), to what ({@code subject}), the stored facts
 * ({@code args}: ids, codes and times as text) and {@code text}, worded in the language of Accept-Language.
 */
@RegisterForReflection
@Schema(examples = NotificationExamples.NOTIFICATION)
public record NotificationDto(long id, NotificationKind kind, Subject subject,
        @Schema(description = "What the text is made of: customer, by, from, to (ids), clock, purpose (codes), "
                + "hours, due (an ISO instant); which ones depends on the kind.") Map<String, String> args,
        @Schema(description = "The notification in the caller's language (Accept-Language: zh-CN or en).")
        String text, Instant createdAt,
        @Schema(description = "When the caller marked it read; null while unread.") Instant readAt) {

    /** What the notification is about: a complaint, a follow-up call or a customer. */
    @RegisterForReflection
    @Schema(name = "NotificationSubjectRef", description = "What the notification is about: its type and id.")
    public record Subject(NotificationSubject type, UUID id) {
    }
}
