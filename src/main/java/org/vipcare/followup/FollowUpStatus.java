package org.vipcare.followup;

/** OPEN until a call reaches the customer (DONE) or the calls run out (GAVE_UP); CANCELLED when the customer is erased or by hand (PATCH, with a reason). */
public enum FollowUpStatus {
    OPEN, DONE, GAVE_UP, CANCELLED
}
