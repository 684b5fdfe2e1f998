package org.vipcare.consumption;

/** A record counts as spend, as a visit (a use of the service, a store visit), or both. */
public enum ConsumptionKind {
    SPEND, VISIT, BOTH
}
