package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every example in the reviewed document ({@code docs/openapi.yaml}, equal to the served one) is valid against the
 * schema it illustrates, formats included: a generated client or a mock server built from the examples gets values
 * the API really sends and accepts. Plain JUnit: it reads the file.
 */
class OpenApiExamplesTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private JsonNode components;
    private final List<String> invalid = new ArrayList<>();
    private int checked;

    @Test
    void everyExampleIsValidAgainstItsSchema() throws IOException {
        JsonNode document = new YAMLMapper().readTree(Path.of("docs", "openapi.yaml").toFile());
        components = document.get("components");
        components.path("schemas").fields().forEachRemaining(s -> walk(s.getKey(), s.getValue()));
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String operation = method.getKey().toUpperCase() + " " + path.getKey();
            method.getValue().path("parameters").forEach(p -> walk(operation + " " + p.path("name").asText(),
                    p.path("schema")));
            method.getValue().at("/requestBody/content").fields().forEachRemaining(media -> mediaExamples(
                    operation + " request " + media.getKey(), media.getValue()));
            method.getValue().path("responses").fields().forEachRemaining(response -> response.getValue()
                    .path("content").fields().forEachRemaining(media -> mediaExamples(
                            operation + " " + response.getKey() + " " + media.getKey(), media.getValue())));
        }));
        assertTrue(checked > 100, () -> "only " + checked + " examples found");
        assertTrue(invalid.isEmpty(), () -> invalid.size() + " of " + checked + " examples are invalid:\n"
                + String.join("\n", invalid));
    }

    private void mediaExamples(String where, JsonNode media) {
        if (!where.contains("json")) {
            return; // CSV examples are text
        }
        media.path("examples").fields().forEachRemaining(e -> check(where + " " + e.getKey(), media.path("schema"),
                e.getValue().path("value")));
        if (media.has("example")) {
            check(where, media.path("schema"), media.get("example"));
        }
    }

    /** A schema's own examples, then those of its properties and items. */
    private void walk(String where, JsonNode schema) {
        schema.path("examples").forEach(example -> check(where, schema, example));
        if (schema.has("example")) {
            check(where, schema, schema.get("example"));
        }
        schema.path("properties").fields().forEachRemaining(p -> walk(where + "." + p.getKey(), p.getValue()));
        if (schema.has("items")) {
            walk(where + "[]", schema.get("items"));
        }
        for (String variants : List.of("anyOf", "oneOf", "allOf")) {
            schema.path(variants).forEach(variant -> walk(where, variant));
        }
    }

    private void check(String where, JsonNode schema, JsonNode example) {
        checked++;
        // the schema as a root that carries the components, so that its $refs resolve
        ObjectNode root = schema.deepCopy();
        root.set("components", components);
        Set<ValidationMessage> errors = FACTORY.getSchema(root, CONFIG).validate(example);
        if (!errors.isEmpty()) {
            invalid.add(where + ": " + errors);
        }
    }
}
