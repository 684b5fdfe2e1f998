package org.vipcare.customer;

/** The customer's preferred way to be contacted (偏好联系方式). */
public enum ContactChannel {
    PHONE, SMS, WECHAT, EMAIL, VISIT
}
