package org.vipcare.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes between two OpenAPI 3.1 documents that break a client generated from the older one. openapi-diff-core
 * 2.1.7 misses type changes written as 3.1 type arrays ({@code type: [string, "null"]}), so this compares the kinds
 * that matter to generated clients itself. Each change is one stable line, {@code <kind> <where>}, which
 * {@code docs/api-changelog.md} lists to accept it.
 *
 * <p>Requests break when the server asks more or accepts less (a new required property or parameter, a removed enum
 * value, a changed type or format); responses break when the server sends something the old client cannot read (a
 * removed status or property, an added enum value, a changed type or format).
 */
final class BreakingChanges {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private enum Direction { REQUEST, RESPONSE }

    private final JsonNode before;
    private final JsonNode after;
    private final Set<String> changes = new TreeSet<>();
    private final Set<String> compared = new HashSet<>();

    private BreakingChanges(JsonNode before, JsonNode after) {
        this.before = before;
        this.after = after;
    }

    /** The breaking changes from {@code before} to {@code after}, sorted, each {@code <kind> <where>}. */
    static Set<String> between(JsonNode before, JsonNode after) {
        BreakingChanges diff = new BreakingChanges(before, after);
        diff.comparePaths();
        return diff.changes;
    }

    private void comparePaths() {
        before.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode now = after.path("paths").path(path.getKey()).path(method.getKey());
            if (now.isMissingNode()) {
                changes.add("operation-removed " + operation);
                return;
            }
            compareOperation(operation, path.getValue(), method.getValue(),
                    after.path("paths").path(path.getKey()), now);
        }));
    }

    private void compareOperation(String operation, JsonNode oldPath, JsonNode old, JsonNode newPath, JsonNode now) {
        String oldId = old.path("operationId").asText("");
        if (!oldId.isEmpty() && !oldId.equals(now.path("operationId").asText(""))) {
            changes.add("operation-id-changed " + operation + " " + oldId);
        }
        compareParameters(operation, parameters(before, oldPath, old), parameters(after, newPath, now));
        compareRequestBody(operation, old.path("requestBody"), now.path("requestBody"));
        compareResponses(operation, old.path("responses"), now.path("responses"));
    }

    private void compareParameters(String operation, Map<String, JsonNode> old, Map<String, JsonNode> now) {
        old.forEach((key, parameter) -> {
            JsonNode current = now.get(key);
            if (current == null) {
                changes.add("parameter-removed " + operation + " " + key);
                return;
            }
            if (current.path("required").asBoolean() && !parameter.path("required").asBoolean()) {
                changes.add("parameter-became-required " + operation + " " + key);
            }
            compareSchema(operation + " " + key, parameter.path("schema"), current.path("schema"), Direction.REQUEST);
        });
        now.forEach((key, parameter) -> {
            if (!old.containsKey(key) && parameter.path("required").asBoolean()) {
                changes.add("required-parameter-added " + operation + " " + key);
            }
        });
    }

    private void compareRequestBody(String operation, JsonNode old, JsonNode now) {
        if (old.isMissingNode()) {
            if (now.path("required").asBoolean()) {
                changes.add("required-request-body-added " + operation);
            }
            return;
        }
        if (now.path("required").asBoolean() && !old.path("required").asBoolean()) {
            changes.add("request-body-became-required " + operation);
        }
        old.path("content").fields().forEachRemaining(media -> {
            JsonNode current = now.path("content").path(media.getKey());
            if (current.isMissingNode()) {
                changes.add("request-media-type-removed " + operation + " " + media.getKey());
                return;
            }
            compareSchema(operation + " " + media.getKey(), media.getValue().path("schema"),
                    current.path("schema"), Direction.REQUEST);
        });
    }

    private void compareResponses(String operation, JsonNode old, JsonNode now) {
        old.fields().forEachRemaining(response -> {
            String where = operation + " " + response.getKey();
            JsonNode current = now.path(response.getKey());
            if (current.isMissingNode()) {
                changes.add("response-removed " + where);
                return;
            }
            if (!response.getKey().startsWith("2")) {
                return;
            }
            response.getValue().path("content").fields().forEachRemaining(media -> {
                JsonNode content = current.path("content").path(media.getKey());
                if (content.isMissingNode()) {
                    changes.add("response-media-type-removed " + where + " " + media.getKey());
                    return;
                }
                compareSchema(where + " " + media.getKey(), media.getValue().path("schema"),
                        content.path("schema"), Direction.RESPONSE);
            });
        });
    }

    /**
     * Compares two schemas met at {@code where}. A schema reached through {@code $ref} is named after its component,
     * so a change to a shared schema is one line however many operations use it.
     */
    private void compareSchema(String where, JsonNode oldSchema, JsonNode newSchema, Direction direction) {
        Shape old = shape(before, oldSchema, where);
        Shape now = shape(after, newSchema, where);
        if (!compared.add(direction + " " + old.where + " " + now.where)) {
            return;
        }
        String at = direction.name().toLowerCase() + " " + old.where;
        compareTypes(at, old, now, direction);
        compareEnums(at, old.schema, now.schema, direction);
        compareProperties(at, old, now, direction);
        if (old.schema.has("items")) {
            compareSchema(old.where + "[]", old.schema.path("items"), now.schema.path("items"), direction);
        }
        if (old.schema.path("additionalProperties").isObject()) {
            compareSchema(old.where + "{}", old.schema.path("additionalProperties"),
                    now.schema.path("additionalProperties"), direction);
        }
    }

    private void compareTypes(String at, Shape old, Shape now, Direction direction) {
        // a client sends what it sent before, and reads only what it read before
        boolean broken = direction == Direction.REQUEST ? !now.types.isEmpty() && !now.types.containsAll(old.types)
                : now.types.isEmpty() || !old.types.containsAll(now.types);
        if (!old.types.isEmpty() && broken) {
            changes.add("type-changed " + at + " " + old.types + " -> " + now.types);
        }
        String oldFormat = old.schema.path("format").asText("");
        String newFormat = now.schema.path("format").asText("");
        if (!oldFormat.equals(newFormat)) {
            changes.add("format-changed " + at + " " + oldFormat + " -> " + newFormat);
        }
    }

    private void compareEnums(String at, JsonNode old, JsonNode now, Direction direction) {
        if (!old.has("enum") || !now.has("enum")) {
            if (!old.has("enum") && now.has("enum") && direction == Direction.REQUEST) {
                changes.add("request-enum-added " + at);
            }
            return;
        }
        Set<String> oldValues = texts(old.path("enum"));
        Set<String> newValues = texts(now.path("enum"));
        if (direction == Direction.REQUEST) {
            oldValues.stream().filter(v -> !newValues.contains(v))
                    .forEach(v -> changes.add("request-enum-value-removed " + at + " " + v));
        } else {
            // a generated client maps an enum to a closed type and refuses a value it does not know
            newValues.stream().filter(v -> !oldValues.contains(v))
                    .forEach(v -> changes.add("response-enum-value-added " + at + " " + v));
        }
    }

    private void compareProperties(String at, Shape old, Shape now, Direction direction) {
        JsonNode newProperties = now.schema.path("properties");
        old.schema.path("properties").fields().forEachRemaining(property -> {
            String where = old.where + "." + property.getKey();
            JsonNode current = newProperties.path(property.getKey());
            if (current.isMissingNode()) {
                changes.add(direction.name().toLowerCase() + "-property-removed " + where);
                return;
            }
            compareSchema(where, property.getValue(), current, direction);
        });
        if (direction == Direction.REQUEST) {
            Set<String> oldRequired = texts(old.schema.path("required"));
            texts(now.schema.path("required")).stream().filter(name -> !oldRequired.contains(name))
                    .forEach(name -> changes.add("request-property-became-required " + at + "." + name));
        }
    }

    /** A schema with its {@code $ref} resolved and a nullable {@code anyOf [X, null]} unwrapped to X plus "null". */
    private record Shape(String where, JsonNode schema, Set<String> types) {
    }

    private static Shape shape(JsonNode document, JsonNode schema, String where) {
        Set<String> nullable = new LinkedHashSet<>();
        JsonNode variants = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
        if (variants.size() == 2) {
            List<JsonNode> other = new ArrayList<>();
            variants.forEach(v -> {
                if ("null".equals(v.path("type").asText())) {
                    nullable.add("null");
                } else {
                    other.add(v);
                }
            });
            if (other.size() == 1 && !nullable.isEmpty()) {
                schema = other.get(0);
            }
        }
        String name = null;
        for (int depth = 0; schema.has("$ref") && depth < 10; depth++) {
            String ref = schema.path("$ref").asText();
            name = ref.substring(ref.lastIndexOf('/') + 1);
            schema = resolve(document, ref);
        }
        Set<String> types = new TreeSet<>(nullable);
        types.addAll(texts(schema.path("type")));
        return new Shape(name != null ? name : where, schema, types);
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        return ref.startsWith("#") ? document.at(ref.substring(1)) : MissingNode.getInstance();
    }

    private static Map<String, JsonNode> parameters(JsonNode document, JsonNode path, JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode owner : List.of(path, operation)) {
            owner.path("parameters").forEach(declared -> {
                JsonNode p = declared.has("$ref") ? resolve(document, declared.path("$ref").asText()) : declared;
                parameters.put(p.path("in").asText() + ":" + p.path("name").asText(), p);
            });
        }
        return parameters;
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> texts = new TreeSet<>();
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                texts.add(it.next().asText());
            }
        } else if (node.isValueNode()) {
            texts.add(node.asText());
        }
        return texts;
    }
}
