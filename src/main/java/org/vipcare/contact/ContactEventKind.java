package org.vipcare.contact;

/** What happened to a contact, as the customer's timeline shows it. */
public enum ContactEventKind {
    ADDED, CHANGED, REMOVED
}
