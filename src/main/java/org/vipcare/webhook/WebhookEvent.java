package org.vipcare.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events a webhook may subscribe to, by their wire names (API.md, Wave 2; docs/webhooks.md). */
public enum WebhookEvent {
    CUSTOMER_TIER_CHANGED("customer.tier_changed"),
    CUSTOMER_WATCH_FLAGGED("customer.watch_flagged"),
    COMPLAINT_OPENED("complaint.opened"),
    COMPLAINT_SLA_BREACHED("complaint.sla_breached"),
    COMPLAINT_CLOSED("complaint.closed"),
    RETENTION_CASE_CLOSED("retention_case.closed"),
    FOLLOW_UP_GAVE_UP("follow_up.gave_up");

    public final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(e -> e.wireName).toList();
    }
}
