package org.vipcare.complaint;

/** Where a complaint came in (API.md "Complaints"). */
public enum ComplaintChannel {
    PHONE, VISIT, ONLINE, LETTER, SOCIAL
}
