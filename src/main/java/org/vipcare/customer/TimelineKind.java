package org.vipcare.customer;

/** The kinds of event a customer's timeline shows. */
public enum TimelineKind {
    CONSUMPTION(false), TIER_CHANGE(false), COMPLAINT(true), RETENTION_CASE(true), FOLLOW_UP_ATTEMPT(true),
    /** A follow-up call rescheduled, reassigned, cancelled or moved with the customer to a new manager. */
    FOLLOW_UP_CHANGE(true),
    /** A product, service, vehicle or contract registered under the customer (org.vipcare.product). */
    PRODUCT(false),
    /** A visit to an enterprise customer planned, done or cancelled (org.vipcare.visit). */
    VISIT(true),
    /** A contact of an enterprise customer added, changed or removed (org.vipcare.contact). */
    CONTACT(false);

    /**
     * Whether the entry stands for an object of another feature with its own read rule ({@link TimelineSource});
     * purchases and tier changes are the customer's own record, read by whoever reads the customer.
     */
    public final boolean hasOwnReadRule;

    TimelineKind(boolean hasOwnReadRule) {
        this.hasOwnReadRule = hasOwnReadRule;
    }
}
