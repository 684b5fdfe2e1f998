package org.vipcare.notification;

/**
 * What a notification tells its reader (the names of issue 14, which adds more). ASSIGNED: a complaint or a call
 * became yours; HANDOVER: your complaint went to someone else; SLA_WARNING: a clock of your complaint is at 75 %;
 * SLA_BREACH: a clock ran out (owner and supervisors); ESCALATION: a breached complaint is still open after
 * {@code vipcare.complaints.escalate-after} (admins).
 */
public enum NotificationKind {
    ASSIGNED, HANDOVER, SLA_WARNING, SLA_BREACH, ESCALATION
}
