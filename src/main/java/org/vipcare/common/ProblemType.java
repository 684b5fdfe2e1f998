package org.vipcare.common;

import java.net.URI;

/** The kinds of problem the API reports; the URI and title are stable, clients may switch on them. */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    ILLEGAL_TRANSITION(409, "Illegal state transition"),
    DUPLICATE(409, "Duplicate"),
    IDEMPOTENCY_KEY_REUSED(409, "Idempotency key reused with a different request"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Stale version"),
    PAYLOAD_TOO_LARGE(413, "Request too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "If-Match required"),
    TOO_MANY_REQUESTS(429, "Too many attempts"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "Temporarily unavailable");

    private static final String BASE = "https://vipcare.example/problems/";

    public final int status;
    public final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }
}
