package org.vipcare.retention;

/** How a closed case ended; PARTIAL keeps the customer but not everything (e.g. the network, not the service). */
public enum RetentionOutcome {
    RETAINED, PARTIAL, LOST
}
