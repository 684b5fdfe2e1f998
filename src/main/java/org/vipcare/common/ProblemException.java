package org.vipcare.common;

import java.util.List;
import java.util.Map;

/** Thrown by domain code to answer with a problem; the one {@link ProblemMapper} renders it. */
public class ProblemException extends RuntimeException {

    public final ProblemType type;
    public final List<Problem.Violation> violations;
    public final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        this(type, detail, violations, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = violations;
        this.headers = headers;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id + ".");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields.",
                List.of(new Problem.Violation(field, message)));
    }

    /**
     * Whether the write was refused for its version (412 stale, 428 none): a form then cannot say what it was based
     * on, and the user must reload rather than fix a field.
     */
    public boolean isVersionMismatch() {
        return type == ProblemType.PRECONDITION_FAILED || type == ProblemType.PRECONDITION_REQUIRED;
    }
}
