package org.vipcare.customer;

/** The kinds of event a customer's timeline shows. */
public enum TimelineKind {
    CONSUMPTION, TIER_CHANGE, COMPLAINT, RETENTION_CASE, FOLLOW_UP_ATTEMPT
}
