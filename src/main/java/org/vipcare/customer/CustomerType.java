package org.vipcare.customer;

/** 个人 individual, 家庭 household, 政企 government or enterprise. */
public enum CustomerType {
    INDIVIDUAL, HOUSEHOLD, ENTERPRISE
}
