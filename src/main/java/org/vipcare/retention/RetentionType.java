package org.vipcare.retention;

/** SERVICE: the customer cancels a service (业务挽留); NETWORK: the customer leaves the network or brand (离网挽留). */
public enum RetentionType {
    SERVICE, NETWORK
}
