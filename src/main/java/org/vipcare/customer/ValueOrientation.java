package org.vipcare.customer;

/** What the customer weighs when buying: price, a mix, or value. */
public enum ValueOrientation {
    PRICE_ORIENTED, COMPOUND, VALUE_ORIENTED
}
