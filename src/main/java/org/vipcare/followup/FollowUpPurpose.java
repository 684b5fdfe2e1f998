package org.vipcare.followup;

/** Why a call is made (SPEC 5). */
public enum FollowUpPurpose {
    AFTER_REPAIR, AFTER_PURCHASE, AFTER_COMPLAINT, SPECIAL_DATE, SATISFACTION, WELCOME, RETENTION_CARE,
    BILL_ANALYSIS, ACTIVITY_INVITE,
    /** A contract (product) ends soon: talk about renewing it (续约, SPEC 8). */
    RENEWAL
}
