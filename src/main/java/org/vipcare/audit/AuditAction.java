package org.vipcare.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, READ_UNMASKED, EXPORT, ERASE, USER_CREATED, ROLE_CHANGE, COMPLAINT_HANDOVER
}
