package org.vipcare.notification.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.console.FollowUpMessages;
import org.vipcare.notification.Notification;
import org.vipcare.notification.NotificationSubject;
import org.vipcare.security.User;

/**
 * Renders stored notifications in a reader's language: the args hold ids and codes, read here into customer names,
 * display names and localized words, so a notification reads right in whichever language its reader uses today.
 * Needs a transaction or request context for the look-ups; one query each for the customers and the users of a batch.
 */
public final class NotificationText {

    private NotificationText() {
    }

    public static List<NotificationView> render(List<Notification> notifications, String languageTag) {
        List<UUID> customerIds = new ArrayList<>();
        List<UUID> userIds = new ArrayList<>();
        Map<Long, Map<String, String>> args = new HashMap<>();
        for (Notification n : notifications) {
            Map<String, String> these = n.args();
            args.put(n.id, these);
            uuid(these, "customer").ifPresent(customerIds::add);
            for (String name : new String[] { "by", "to", "from" }) {
                uuid(these, name).ifPresent(userIds::add);
            }
        }
        CustomerNames customers = CustomerNames.of(customerIds);
        Map<UUID, String> users = new HashMap<>();
        if (!userIds.isEmpty()) {
            User.<User>list("id in ?1", userIds.stream().distinct().toList())
                    .forEach(u -> users.put(u.id, u.displayName));
        }
        NotificationMessages messages = MessageBundles.get(NotificationMessages.class,
                Localized.Literal.of(languageTag));
        FollowUpMessages followUps = MessageBundles.get(FollowUpMessages.class, Localized.Literal.of(languageTag));
        return notifications.stream().map(n -> new NotificationView(n.id, n.kind.name(),
                text(n, args.get(n.id), messages, followUps, customers, users), n.subjectType.href(n.subjectId), n.createdAt,
                n.readAt != null)).toList();
    }

    private static String text(Notification n, Map<String, String> args, NotificationMessages messages,
            FollowUpMessages followUps, CustomerNames customers, Map<UUID, String> users) {
        String customer = uuid(args, "customer").map(customers::of).orElse(messages.a_customer());
        String by = uuid(args, "by").map(users::get).orElse(messages.someone());
        String clock = "FEEDBACK".equals(args.get("clock")) ? messages.clock_feedback() : messages.clock_contact();
        return switch (n.kind) {
            case ASSIGNED -> n.subjectType == NotificationSubject.FOLLOW_UP
                    ? messages.notice_assigned_follow_up(by, customer,
                            followUps.followup_purpose(FollowUpPurpose.valueOf(args.get("purpose"))))
                    : messages.notice_assigned_complaint(by, customer);
            case HANDOVER -> messages.notice_handover(by, customer,
                    uuid(args, "to").map(users::get).orElse(messages.someone()));
            case SLA_WARNING -> messages.notice_sla_warning(customer, clock);
            case SLA_BREACH -> messages.notice_sla_breach(customer, clock);
            case ESCALATION -> messages.notice_escalation(customer, args.getOrDefault("hours", "24"));
            case FOLLOW_UP_OVERDUE -> messages.notice_follow_up_overdue(customer, purpose(args, followUps));
            case OPINION_DUE -> messages.notice_opinion_due(customer, purpose(args, followUps));
            case CUSTOMER_MOVED -> moved(n, args, messages, customer, by, users);
            case HEALTH_DROP -> messages.notice_health_drop(customer, args.getOrDefault("score", "?"),
                    args.getOrDefault("previous", "?"), args.getOrDefault("threshold", "?"));
            case VISIT_DUE -> messages.notice_visit_due(customer, args.getOrDefault("due", ""));
        };
    }

    /** The manager it came to reads that it is theirs now; the one it left, where it went. */
    private static String moved(Notification n, Map<String, String> args, NotificationMessages messages,
            String customer, String by, Map<UUID, String> users) {
        Optional<UUID> to = uuid(args, "to");
        if (to.isPresent() && to.get().equals(n.recipientId)) {
            return messages.notice_customer_moved_to_you(by, customer);
        }
        return messages.notice_customer_moved_away(by, customer,
                to.map(users::get).orElse(messages.no_manager()));
    }

    private static String purpose(Map<String, String> args, FollowUpMessages followUps) {
        String purpose = args.get("purpose");
        return purpose == null ? "" : followUps.followup_purpose(FollowUpPurpose.valueOf(purpose));
    }

    private static Optional<UUID> uuid(Map<String, String> args, String name) {
        String value = args == null ? null : args.get(name);
        return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
    }
}
