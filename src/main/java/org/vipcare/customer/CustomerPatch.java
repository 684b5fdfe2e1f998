package org.vipcare.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;

/**
 * A JSON merge patch (RFC 7396) applied to a customer's descriptive data: members present replace, {@code null}
 * removes, objects merge member by member. The result is the body a PUT would have sent and is validated as one, so
 * PATCH and PUT share every rule after the merge.
 */
@ApplicationScoped
public class CustomerPatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";
    /** Callers that read masked data would otherwise write the mask back over the real number. */
    private static final List<String> MASKABLE = List.of("phones.mobile", "phones.office", "phones.home",
            "idDocument.number");

    private final ObjectMapper json;
    private final Validator validator;

    public CustomerPatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The customer's current data with {@code patch} merged in; 400 when the patch or the result is invalid. */
    public CustomerInput merge(Customer current, String patch) throws JsonProcessingException {
        JsonNode changes = json.readTree(patch == null ? "" : patch);
        if (changes == null || !changes.isObject()) {
            throw ProblemException.invalid("request", "common.not-an-object", "must be a JSON object");
        }
        refuseMasks(changes);
        JsonNode merged = merge(json.valueToTree(CustomerInput.from(current)), changes);
        CustomerInput input = json.treeToValue(merged, CustomerInput.class);
        Set<ConstraintViolation<CustomerInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    private static void refuseMasks(JsonNode changes) {
        Problem.Violations violations = new Problem.Violations();
        for (String field : MASKABLE) {
            String[] path = field.split("\\.");
            JsonNode value = changes.path(path[0]).path(path[1]);
            if (value.isTextual() && value.asText().contains("*")) {
                violations.add(field, "customer.masked-value", CustomerInput.MASK_REFUSED);
            }
        }
        violations.throwIfAny();
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
