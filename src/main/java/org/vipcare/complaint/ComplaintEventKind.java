package org.vipcare.complaint;

/** What happened to a complaint: each move of the state machine, a handover, or a missed deadline. */
public enum ComplaintEventKind {
    RECEIVED, CONTACTED, PROGRESS, RESOLVED, CLOSED, REOPENED, HANDOVER, ESCALATED
}
