package org.vipcare.complaint;

/** An SLA clock that ran out before its action: first contact (2 h) or feedback (3 days), both tier-scaled. */
public enum ComplaintBreach {
    CONTACT, FEEDBACK
}
