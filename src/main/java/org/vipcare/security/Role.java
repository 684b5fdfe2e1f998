package org.vipcare.security;

/** The four roles of API.md "Who may do what"; names double as the JWT {@code groups}. */
public enum Role {
    AGENT, SUPERVISOR, ADMIN, INTEGRATION;

    public static final String AGENT_ = "AGENT";
    public static final String SUPERVISOR_ = "SUPERVISOR";
    public static final String ADMIN_ = "ADMIN";
    public static final String INTEGRATION_ = "INTEGRATION";
}
