package org.vipcare.retention;

/**
 * What happened to a retention case: one kind per step of the conversation; REASON is the reason the customer gave,
 * recorded or corrected after opening.
 */
public enum RetentionEventKind {
    OPENED, REASON, PROBED, OFFERED, AGREED, CLOSED
}
