package org.vipcare.tier;

/** ABCD classes by window spend (SPEC 2.2), with the share of service time each deserves. */
public enum ValueClass {
    A(40), B(30), C(20), D(10);

    public final int serviceTimeSharePercent;

    ValueClass(int serviceTimeSharePercent) {
        this.serviceTimeSharePercent = serviceTimeSharePercent;
    }
}
