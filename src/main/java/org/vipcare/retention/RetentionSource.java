package org.vipcare.retention;

/** Who opened the case: an agent on the customer's request, an integrator (billing cancellation), or a WATCH flag. */
public enum RetentionSource {
    AGENT, INTEGRATION, WATCH
}
