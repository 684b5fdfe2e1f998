package org.vipcare.contact;

/**
 * A contact's part in the enterprise's purchases (SPEC 1; seed 002, buying a pocket remote-control yacht): who uses
 * the product, who decides, who pays, who sways the decision, who talks about it afterwards. Declared in the order the
 * customer page lists them, decision makers first.
 */
public enum BuyingRole {
    DECISION_MAKER, BUYER, INFLUENCER, USER, COMMENTATOR
}
