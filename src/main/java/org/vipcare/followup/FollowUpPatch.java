package org.vipcare.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;

/**
 * Reads a follow-up's merge patch (RFC 7396, as {@code PATCH /customers/{id}} takes one): a JSON object of the
 * members of {@link FollowUpUpdate}. A member the call does not have is refused, so that a typo never passes as a
 * change that did nothing.
 */
@ApplicationScoped
public class FollowUpPatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;

    public FollowUpPatch(ObjectMapper json) {
        this.json = json;
    }

    public FollowUpUpdate read(String patch) throws JsonProcessingException {
        JsonNode changes = json.readTree(patch == null ? "" : patch);
        if (changes == null || !changes.isObject()) {
            throw ProblemException.invalid("request", "common.not-an-object", "must be a JSON object");
        }
        Problem.Violations violations = new Problem.Violations();
        for (Iterator<String> names = changes.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FollowUpUpdate.MEMBERS.contains(name)) {
                violations.add(name, "followup.update.unknown-member",
                        "is not a member of a follow-up's patch (dueAt, note, assigneeId, status, cancelReason)");
            }
        }
        violations.throwIfAny();
        return json.treeToValue(changes, FollowUpUpdate.class);
    }
}
