package org.vipcare.notification;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of read-all: how many of the caller's notifications were unread and are read now. */
@RegisterForReflection
@Schema(examples = NotificationExamples.READ_ALL)
public record NotificationsRead(@Schema(description = "Notifications marked read by this request; 0 when none was "
        + "unread.") int marked) {
}
