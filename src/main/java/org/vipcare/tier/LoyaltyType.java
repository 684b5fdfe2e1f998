package org.vipcare.tier;

/** Loyalty quadrant of transaction frequency x dependence (SPEC 2.3). */
public enum LoyaltyType {
    HIGH, LATENT, INERTIAL, ZERO
}
