package org.vipcare.notification;

/**
 * What a notification tells its reader (the names of issue 14, which adds more). ASSIGNED: a complaint or a call
 * became yours; HANDOVER: your complaint went to someone else; SLA_WARNING: a clock of your complaint is at 75 %;
 * SLA_BREACH: a clock ran out (owner and supervisors); ESCALATION: a breached complaint is still open after
 * {@code vipcare.complaints.escalate-after} (admins); FOLLOW_UP_OVERDUE: your open call is past its due time (once
 * per due time); OPINION_DUE: an opinion raised in a call is close to or past its answer deadline (assignee and
 * supervisors); CUSTOMER_MOVED: a customer came to you or left you (both managers, not the one who moved it);
 * HEALTH_DROP: a DIAMOND or GOLD customer of yours fell below the health threshold of the tier policy (its manager,
 * once per fall); VISIT_DUE: an enterprise customer of yours is past its due visit (once per customer and due date,
 * org.vipcare.visit).
 * docs/notifications.md tells who gets what, when.
 */
public enum NotificationKind {
    ASSIGNED, HANDOVER, SLA_WARNING, SLA_BREACH, ESCALATION, FOLLOW_UP_OVERDUE, OPINION_DUE, CUSTOMER_MOVED,
    HEALTH_DROP, VISIT_DUE
}
