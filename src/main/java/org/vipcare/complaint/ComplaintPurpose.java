package org.vipcare.complaint;

/** What the complainant is after: money or an apology (SPEC 4). */
public enum ComplaintPurpose {
    ECONOMIC, EMOTIONAL
}
