package org.vipcare.product;

/** What a customer holds under its identity document (SPEC 1): a service, a device, a vehicle or a contract. */
public enum ProductKind {
    SERVICE, DEVICE, VEHICLE, CONTRACT
}
