package org.vipcare.retention;

/** What happened to a retention case: one kind per step of the conversation. */
public enum RetentionEventKind {
    OPENED, PROBED, OFFERED, AGREED, CLOSED
}
