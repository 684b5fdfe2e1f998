package org.vipcare.customer;

/** 预付费 prepaid or 后付费 postpaid. */
public enum PaymentType {
    PREPAID, POSTPAID
}
