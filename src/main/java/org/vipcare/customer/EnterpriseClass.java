package org.vipcare.customer;

/**
 * The class of an enterprise (group) customer, seed 002: A the most valuable accounts, then B, then C. It sets how
 * often the manager visits (A monthly, B quarterly, C half-yearly by default).
 */
public enum EnterpriseClass {
    A, B, C
}
