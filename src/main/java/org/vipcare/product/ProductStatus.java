package org.vipcare.product;

/** Whether the customer still holds the product; an ENDED contract gets no RENEWAL call. */
public enum ProductStatus {
    ACTIVE, ENDED
}
