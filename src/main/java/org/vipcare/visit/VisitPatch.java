package org.vipcare.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;

/**
 * Reads a visit's merge patch (RFC 7396, as {@code PATCH /follow-ups/{id}} takes one): a JSON object of the members
 * of {@link VisitUpdate}. A member the visit does not have is refused, so that a typo never passes as a change that
 * did nothing.
 */
@ApplicationScoped
public class VisitPatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;

    public VisitPatch(ObjectMapper json) {
        this.json = json;
    }

    public VisitUpdate read(String patch) throws JsonProcessingException {
        JsonNode changes = json.readTree(patch == null ? "" : patch);
        if (changes == null || !changes.isObject()) {
            throw ProblemException.invalid("request", "common.not-an-object", "must be a JSON object");
        }
        Problem.Violations violations = new Problem.Violations();
        for (Iterator<String> names = changes.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!VisitUpdate.MEMBERS.contains(name)) {
                violations.add(name, "visit.update.unknown-member", "is not a member of a visit's patch ("
                        + String.join(", ", VisitUpdate.MEMBERS.stream().sorted().toList()) + ")");
            }
        }
        violations.throwIfAny();
        return json.treeToValue(changes, VisitUpdate.class);
    }
}
