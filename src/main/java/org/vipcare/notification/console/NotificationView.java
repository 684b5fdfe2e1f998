package org.vipcare.notification.console;

import java.time.Instant;

/** A notification as its reader sees it: the text in their language, where it leads, and whether it was read. */
public record NotificationView(long id, String kind, String text, String href, Instant createdAt, boolean read) {
}
