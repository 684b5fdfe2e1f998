package org.vipcare.console;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemTexts;
import org.vipcare.common.ProblemType;

/**
 * The messages a submitted form earned, by field name. Field names are the API's ({@code phones.mobile}), so Bean
 * Validation, the services' problems and the form inputs all use the same ones. Messages for a field the form does
 * not show are listed at the top of the form instead of being lost.
 */
public class FormErrors {

    private final Set<String> shownFields;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public FormErrors(Set<String> shownFields) {
        this.shownFields = shownFields;
    }

    public void add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    public void add(ConstraintViolation<?> violation) {
        add(fieldOf(violation), violation.getMessage());
    }

    /**
     * Adds a violation unless its field already has a message: a value that could not be read was left out (null),
     * and "must not be null" would only repeat what the user was already told.
     */
    public void addUnlessNoted(ConstraintViolation<?> violation) {
        if (!has(fieldOf(violation))) {
            add(violation);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                field.add(node.getName());
            }
        }
        return field.toString();
    }

    /**
     * Takes over the field messages of a service's refusal, worded from their codes in the user's language; false for
     * a problem that is not about the input (it is left to the error page).
     */
    public boolean addProblem(ProblemException problem, ConsoleContext console) {
        if (problem.type == ProblemType.VALIDATION) {
            for (Problem.Violation violation : problem.violations) {
                add(violation.field(), violation, console);
            }
            if (problem.violations.isEmpty()) {
                add("", words(problem.code, problem.args, problem.getMessage(), console));
            }
            return true;
        }
        if (problem.type == ProblemType.DUPLICATE) {
            add("externalRef", words(problem.code, problem.args, problem.getMessage(), console));
            return true;
        }
        return false;
    }

    /** A service's field message under the given field, worded from its code in the user's language. */
    public void add(String field, Problem.Violation violation, ConsoleContext console) {
        add(field, words(violation.code(), violation.args(), violation.message(), console));
    }

    private static String words(String code, Map<String, Object> args, String fallback, ConsoleContext console) {
        return ProblemTexts.plain(code, args, console.languageTag(), console.zone(), fallback);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Messages of fields the form has no input for, shown in the summary. */
    public List<String> unplaced() {
        return byField.entrySet().stream().filter(e -> !shownFields.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream().map(m -> e.getKey().isEmpty() ? m : e.getKey() + ": " + m))
                .toList();
    }
}
