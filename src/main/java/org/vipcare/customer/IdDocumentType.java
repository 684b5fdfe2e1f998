package org.vipcare.customer;

/** Kind of identity document the customer's products are registered under. */
public enum IdDocumentType {
    ID_CARD, PASSPORT, HOME_RETURN_PERMIT, BUSINESS_LICENSE, OTHER
}
