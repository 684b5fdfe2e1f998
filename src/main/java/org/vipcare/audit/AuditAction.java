package org.vipcare.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, READ_UNMASKED, EXPORT, ERASE, USER_CREATED, ROLE_CHANGE, COMPLAINT_HANDOVER,
    /** The right password for a sign-in the user's roles do not allow (an INTEGRATION client at the console). */
    LOGIN_REFUSED,
    USER_UPDATED, USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED, SESSION_REVOKED, REFRESH_TOKEN_REUSED,
    /** A caller who sees the customer masked found it by its complete phone number. */
    SEARCH_BY_PHONE,
    /** A webhook was registered or deleted: where the service sends its events is a security decision. */
    WEBHOOK_REGISTERED, WEBHOOK_DELETED
}
