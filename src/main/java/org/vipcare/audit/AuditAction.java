package org.vipcare.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, READ_UNMASKED, EXPORT, ERASE, USER_CREATED, ROLE_CHANGE, COMPLAINT_HANDOVER,
    /** The right password for a sign-in the user's roles do not allow (an INTEGRATION client at the console). */
    LOGIN_REFUSED,
    USER_DISABLED, USER_ENABLED, PASSWORD_CHANGE
}
