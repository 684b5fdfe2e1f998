package org.vipcare.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published document (docs/openapi.yaml, OpenAPI 3.1) rewritten as the OpenAPI 3.0.3 that swagger-request-validator
 * reads. Fed 3.1 as is, the validator drops every {@code type: [T, "null"]} (its JSON Schema draft 4 engine never sees
 * the type) and passes any value there; docs/api.md, "Contract checks", has the details. The rewrite keeps the meaning
 * of each schema and refuses what 3.0 cannot say, so the validator never checks less than the document states.
 */
public final class ContractDocument {

    static final Path PUBLISHED = Path.of("docs", "openapi.yaml");

    /** Schema keywords new in 3.1 that this rewrite does not translate; the document must not start using them. */
    private static final Set<String> UNTRANSLATED = Set.of("const", "prefixItems", "if", "then", "else",
            "dependentSchemas", "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "contentMediaType",
            "contentEncoding", "$defs", "patternProperties", "propertyNames", "webhooks", "jsonSchemaDialect");

    /** Values, not schemas: the rewrite never looks inside them. */
    private static final Set<String> VALUES = Set.of("example", "examples", "default", "enum");

    private ContractDocument() {
    }

    /** The published document as OpenAPI 3.0.3 JSON. */
    public static String asOpenApi30() {
        try {
            return asOpenApi30(Files.readString(PUBLISHED));
        } catch (IOException e) {
            throw new UncheckedIOException("the published document " + PUBLISHED.toAbsolutePath(), e);
        }
    }

    static String asOpenApi30(String yaml) throws IOException {
        ObjectNode document = (ObjectNode) new YAMLMapper().readTree(yaml);
        if (!document.path("openapi").asText().startsWith("3.1")) {
            throw new IllegalStateException("expected an OpenAPI 3.1 document, got " + document.path("openapi"));
        }
        document.put("openapi", "3.0.3");
        // What the service POSTs to integrators (3.1 only): no exchange with the service to validate against it.
        document.remove("webhooks");
        rewrite(document, "#");
        return new ObjectMapper().writeValueAsString(document);
    }

    private static void rewrite(JsonNode node, String where) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                rewrite(array.get(i), where + "/" + i);
            }
        } else if (node instanceof ObjectNode object) {
            UNTRANSLATED.stream().filter(object::has).findFirst().ifPresent(keyword -> {
                throw new IllegalStateException(where + " uses " + keyword + ", which has no OpenAPI 3.0 form here");
            });
            nullableType(object, where);
            nullAlternatives(object, "anyOf");
            nullAlternatives(object, "oneOf");
            if (object.path("examples").isArray()) {
                // a schema's examples (3.1) is its example (3.0); media types' and parameters' examples are maps
                JsonNode examples = object.remove("examples");
                object.set("example", examples.get(0));
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (!VALUES.contains(field.getKey())) {
                    rewrite(field.getValue(), where + "/" + field.getKey());
                }
            }
        }
    }

    /** {@code type: [T, "null"]} is {@code type: T, nullable: true}; an enum keeps the null it lists. */
    private static void nullableType(ObjectNode schema, String where) {
        JsonNode type = schema.get("type");
        if (type == null || !type.isArray()) {
            return;
        }
        List<String> types = new ArrayList<>();
        type.forEach(t -> types.add(t.asText()));
        boolean nullable = types.remove("null");
        if (types.size() != 1) {
            throw new IllegalStateException(where + " has type " + type + ": OpenAPI 3.0 takes one type");
        }
        schema.put("type", types.get(0));
        if (nullable) {
            schema.put("nullable", true);
        }
    }

    /**
     * The alternative {@code type: "null"} (3.1) becomes {@code enum: [null]}: the schema of the one value null,
     * which 3.0 can say (a 3.0 schema without a type accepts null).
     */
    private static void nullAlternatives(ObjectNode schema, String keyword) {
        if (!(schema.get(keyword) instanceof ArrayNode alternatives)) {
            return;
        }
        for (int i = 0; i < alternatives.size(); i++) {
            JsonNode alternative = alternatives.get(i);
            if (alternative.size() == 1 && "null".equals(alternative.path("type").asText(null))) {
                ObjectNode onlyNull = alternatives.objectNode().put("nullable", true);
                onlyNull.putArray("enum").addNull();
                alternatives.set(i, onlyNull);
            }
        }
    }
}
