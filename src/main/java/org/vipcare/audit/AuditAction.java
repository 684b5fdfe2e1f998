package org.vipcare.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, READ_UNMASKED, EXPORT, ERASE, USER_CREATED, ROLE_CHANGE, COMPLAINT_HANDOVER,
    /** A caller who sees the customer masked found it by its complete phone number. */
    SEARCH_BY_PHONE
}
