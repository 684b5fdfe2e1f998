package org.vipcare.notification.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the notifications, the bell, the notifications page and the live clocks ({@code {notification:key}},
 * {@code messages/notification*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "notification", locale = "en")
public interface NotificationMessages {

    @Message String notifications_title();
    @Message String notifications_intro();
    @Message String notifications_none();
    @Message String notifications_unread(long count);
    @Message String notifications_bell(long count);
    @Message String notifications_mark_read();
    @Message String notifications_mark_all_read();
    @Message String notifications_read();
    @Message String notifications_new();
    @Message String notifications_close();
    @Message String field_when();
    @Message String field_notice();

    @Message String notice_assigned_complaint(String by, String customer);
    @Message String notice_assigned_follow_up(String by, String customer, String purpose);
    @Message String notice_handover(String by, String customer, String to);
    @Message String notice_sla_warning(String customer, String clock);
    @Message String notice_sla_breach(String customer, String clock);
    @Message String notice_escalation(String customer, String hours);
    @Message String notice_follow_up_overdue(String customer, String purpose);
    @Message String notice_opinion_due(String customer, String purpose);
    @Message String notice_customer_moved_to_you(String by, String customer);
    @Message String notice_customer_moved_away(String by, String customer, String to);
    @Message String notice_health_drop(String customer, String score, String previous, String threshold);
    @Message String notice_visit_due(String customer, String due);
    @Message String no_manager();
    @Message String clock_contact();
    @Message String clock_feedback();
    @Message String someone();
    @Message String a_customer();

    @Message String live_due_in(String span);
    @Message String live_overdue_by(String span);
    @Message String live_days();
    @Message String live_hours();
    @Message String live_minutes();
    @Message String live_seconds();
    @Message String live_on_track();
    @Message String live_warning();
    @Message String live_breached();
}
