package org.vipcare.consumption;

/**
 * What a record was for: a purchase and a repair each get an after-call (AFTER_PURCHASE, AFTER_REPAIR; SPEC 8), a
 * plain use of the service (the default) none.
 */
public enum ConsumptionPurpose {
    PURCHASE, REPAIR, USAGE
}
