package org.vipcare.followup;

/** How a call was steered: by hand (rescheduled, reassigned, cancelled), or with its customer to a new manager. */
public enum FollowUpEventKind {
    RESCHEDULED, REASSIGNED, CANCELLED, MOVED_WITH_CUSTOMER
}
