package org.vipcare.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by domain code to answer with a problem; the one {@link ProblemMapper} renders it. Besides the English
 * {@code detail} the API has always sent, a problem carries a stable {@link #code} and named {@link #args}: the API
 * adds the code to the body, the console words the refusal from the code's text in the user's language (see
 * {@link ProblemTexts}). Codes read {@code <feature>.<subject>.<reason>}; {@code common.*} and {@code security.*} are
 * shared.
 */
public class ProblemException extends RuntimeException {

    public final ProblemType type;
    public final String code;
    /** The values the code's text names, in the order the text's message method declares them. */
    public final Map<String, Object> args;
    public final List<Problem.Violation> violations;
    public final Map<String, String> headers;

    /** Extension members of the problem body beyond {@code code} (RFC 9457 §3.2), e.g. {@code existingCustomerId}. */
    public final Map<String, Object> members;

    private final Map<String, Object> mutableArgs;
    private final Map<String, Object> mutableMembers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String code, String detail) {
        this(type, code, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<Problem.Violation> violations) {
        this(type, code, detail, violations, Map.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.code = code;
        this.violations = violations;
        this.headers = headers;
        this.mutableArgs = new LinkedHashMap<>();
        this.args = Collections.unmodifiableMap(mutableArgs);
        this.members = Collections.unmodifiableMap(mutableMembers);
    }

    /** Adds an extension member to the problem body; each one is documented on the Problem schema. */
    public ProblemException member(String name, Object value) {
        mutableMembers.put(name, value);
        return this;
    }

    /**
     * Adds an argument of the code's text: text or a number as it is, an enum constant through its label, a
     * {@link RecordRef} as a link to that record. Returns this problem, to throw.
     */
    public ProblemException with(String name, Object value) {
        mutableArgs.put(name, value);
        return this;
    }

    /** 404 for an id nobody has; the console says so without naming the id. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "common.not-found", "No " + what + " with id " + id + ".");
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, code, detail);
    }

    /** 400 naming one field; its code words the message in the console. */
    public static ProblemException invalid(String field, String code, String message) {
        return invalid(new Problem.Violation(field, message, code));
    }

    public static ProblemException invalid(Problem.Violation violation) {
        return new ProblemException(ProblemType.VALIDATION, Problem.Violations.CODE, Problem.Violations.DETAIL,
                List.of(violation));
    }

    /**
     * Whether the write was refused for its version (412 stale, 428 none): a form then cannot say what it was based
     * on, and the user must reload rather than fix a field.
     */
    public boolean isVersionMismatch() {
        return type == ProblemType.PRECONDITION_FAILED || type == ProblemType.PRECONDITION_REQUIRED;
    }
}
