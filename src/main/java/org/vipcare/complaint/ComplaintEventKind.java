package org.vipcare.complaint;

/**
 * What happened to a complaint: each move of the state machine, a handover, a missed deadline, or a verification call
 * that found the customer dissatisfied (NOT_VERIFIED: back to work).
 */
public enum ComplaintEventKind {
    RECEIVED, CONTACTED, PROGRESS, RESOLVED, CLOSED, REOPENED, HANDOVER, ESCALATED, NOT_VERIFIED
}
