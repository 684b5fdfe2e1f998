package org.vipcare.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.complaint.ComplaintBreached;
import org.vipcare.complaint.ComplaintHandedOver;
import org.vipcare.customer.CustomerManagerChanged;
import org.vipcare.followup.FollowUpAssigned;
import org.vipcare.security.Role;

/**
 * Turns the events of complaints and follow-ups into notifications. The events are fired synchronously in the
 * transaction that made the change, so a notification exists exactly when its change committed; complaint and
 * followup know nothing of this package.
 */
@ApplicationScoped
public class NotificationTriggers {

    private final Notifications notifications;

    public NotificationTriggers(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * The new owner is told the complaint is theirs (ASSIGNED), the previous owner that it went elsewhere (HANDOVER)
     * unless they handed it over themselves.
     */
    void handedOver(@Observes ComplaintHandedOver event) {
        String key = "handover@" + event.at();
        Map<String, String> args = args(event.customerId(), event.byUserId());
        put(args, "from", event.fromUserId());
        put(args, "to", event.toUserId());
        notifications.notify(List.of(event.toUserId()), NotificationKind.ASSIGNED, NotificationSubject.COMPLAINT,
                event.complaintId(), key, args, event.at());
        if (event.fromUserId() != null && !event.fromUserId().equals(event.byUserId())
                && !event.fromUserId().equals(event.toUserId())) {
            notifications.notify(List.of(event.fromUserId()), NotificationKind.HANDOVER,
                    NotificationSubject.COMPLAINT, event.complaintId(), key, args, event.at());
        }
    }

    void followUpAssigned(@Observes FollowUpAssigned event) {
        Map<String, String> args = args(event.customerId(), event.byUserId());
        args.put("purpose", event.purpose().name());
        notifications.notify(List.of(event.assigneeId()), NotificationKind.ASSIGNED, NotificationSubject.FOLLOW_UP,
                event.followUpId(), "assigned@" + event.at(), args, event.at());
    }

    /** A missed clock: the owner and every supervisor, once per clock (the breach mark is sticky). */
    void breached(@Observes ComplaintBreached event) {
        List<UUID> recipients = new ArrayList<>();
        recipients.add(event.ownerId());
        recipients.addAll(notifications.enabledWith(Role.SUPERVISOR));
        Map<String, String> args = args(event.customerId(), null);
        args.put("clock", event.clock().name());
        notifications.notify(recipients, NotificationKind.SLA_BREACH, NotificationSubject.COMPLAINT,
                event.complaintId(), event.clock().name(), args, event.at());
    }

    /**
     * A customer moved: the manager it left and the one it came to, each once, except whoever moved it (who knows).
     * One kind for both; the text tells the reader which side they are on.
     */
    void customerMoved(@Observes CustomerManagerChanged event) {
        List<UUID> recipients = new ArrayList<>();
        recipients.add(event.fromManagerId());
        recipients.add(event.toManagerId());
        recipients.removeIf(id -> id == null || id.equals(event.byUserId()));
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, String> args = args(event.customerId(), event.byUserId());
        put(args, "from", event.fromManagerId());
        put(args, "to", event.toManagerId());
        notifications.notify(recipients, NotificationKind.CUSTOMER_MOVED, NotificationSubject.CUSTOMER,
                event.customerId(), "moved@" + event.at(), args, event.at());
    }

    private static Map<String, String> args(UUID customerId, UUID byUserId) {
        Map<String, String> args = new HashMap<>();
        put(args, "customer", customerId);
        put(args, "by", byUserId);
        return args;
    }

    private static void put(Map<String, String> args, String name, UUID value) {
        if (value != null) {
            args.put(name, value.toString());
        }
    }
}
