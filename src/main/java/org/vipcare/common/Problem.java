package org.vipcare.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every API error. {@code code} is an extension member: the stable code of the
 * refusal (see {@link ProblemException}), also given per violation.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, String code,
        List<Violation> violations, @JsonIgnore Map<String, Object> members) {

    public Problem(URI type, String title, int status, String detail, String instance, String code,
            List<Violation> violations) {
        this(type, title, status, detail, instance, code, violations, Map.of());
    }

    /** Extension members (RFC 9457 §3.2) besides code, written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return members == null ? Map.of() : members;
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: the English message of the API, the code the console words it from, and its arguments. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message, String code, @JsonIgnore Map<String, Object> args) {

        public Violation(String field, String message, String code) {
            this(field, message, code, Map.of());
        }

        /** The same violation with an argument more for the code's text. */
        public Violation with(String name, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(args);
            more.put(name, value);
            return new Violation(field, message, code, more);
        }
    }

    /** Collects field violations, then throws one 400 carrying all of them. */
    public static final class Violations {
        static final String CODE = "common.invalid";
        static final String DETAIL = "The request has invalid fields.";

        private final List<Violation> list = new ArrayList<>();

        public Violations add(String field, String code, String message) {
            return add(new Violation(field, message, code));
        }

        public Violations add(Violation violation) {
            list.add(violation);
            return this;
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public List<Violation> list() {
            return List.copyOf(list);
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, CODE, DETAIL, list());
            }
        }
    }
}
