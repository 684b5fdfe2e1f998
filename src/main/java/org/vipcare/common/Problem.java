package org.vipcare.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** RFC 9457 problem details, the body of every API error. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @RegisterForReflection
    public record Violation(String field, String message) {
    }

    /** Collects field violations, then throws one 400 carrying all of them. */
    public static final class Violations {
        private final List<Violation> list = new ArrayList<>();

        public Violations add(String field, String message) {
            list.add(new Violation(field, message));
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
                throw new ProblemException(ProblemType.VALIDATION, "The request has invalid fields.", list());
            }
        }
    }
}
