package org.vipcare.tier;

/** Why a customer's tier changed: the first tier of a new customer, or a tier evaluation. */
public enum TierChangeCause {
    NEW_CUSTOMER, EVALUATION
}
