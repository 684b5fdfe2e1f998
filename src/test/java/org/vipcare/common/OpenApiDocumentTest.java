package org.vipcare.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published document is what integrators generate clients from: these are the properties openapi-generator needs
 * (ids, declared path parameters, typed bodies) and the ones our contract promises (API only, problem responses).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][A-Za-z0-9]+$");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
        // kept for the linters (docs/api.md, "Linting the document")
        Files.writeString(Path.of("target", "openapi.json"), json);
    }

    @Test
    void describesTheApiOnly() {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.contains("/api/v1/customers"), "the API is described");
        assertTrue(paths.stream().allMatch(path -> path.startsWith("/api/")), () -> "not API: " + paths);
    }

    @Test
    void everyOperationHasAUniqueCamelCaseIdATagAndASummary() {
        Set<String> ids = new HashSet<>();
        forEachOperation((name, operation) -> {
            String id = operation.path("operationId").asText("");
            assertTrue(OPERATION_ID.matcher(id).matches(), () -> name + " operationId '" + id + "'");
            assertTrue(ids.add(id), () -> name + " repeats operationId " + id);
            assertFalse(operation.path("tags").isEmpty(), () -> name + " has no tag");
            assertFalse(operation.path("summary").asText("").isBlank(), () -> name + " has no summary");
        });
        assertTrue(ids.contains("getCustomer") && ids.contains("recordFollowUpAttempt"), () -> "ids: " + ids);
    }

    @Test
    void everyPathParameterIsDeclared() {
        document.get("paths").fields().forEachRemaining(path -> {
            Matcher template = TEMPLATE.matcher(path.getKey());
            List<String> names = new ArrayList<>();
            while (template.find()) {
                names.add(template.group(1));
            }
            path.getValue().fields().forEachRemaining(method -> {
                if (!method.getValue().isObject() || !method.getValue().has("responses")) {
                    return;
                }
                List<JsonNode> parameters = parameters(path.getValue());
                parameters.addAll(parameters(method.getValue()));
                Set<String> declared = new HashSet<>();
                parameters.forEach(p -> declared.add(p.path("in").asText() + ":" + p.path("name").asText()));
                names.forEach(name -> assertTrue(declared.contains("path:" + name),
                        () -> method.getKey() + " " + path.getKey() + " does not declare " + name));
            });
        });
    }

    @Test
    void everySuccessfulJsonResponseHasATypedSchema() {
        forEachOperation((name, operation) -> operation.get("responses").fields().forEachRemaining(response -> {
            if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                return;
            }
            JsonNode content = response.getValue().path("content");
            assertFalse(content.isEmpty(), () -> name + " " + response.getKey() + " declares no content");
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                assertFalse(schema.isEmpty(), () -> name + " " + response.getKey() + " " + media.getKey()
                        + " has an empty schema");
            });
        }));
    }

    @Test
    void everyOperationDocumentsItsProblems() {
        forEachOperation((name, operation) -> {
            JsonNode responses = operation.get("responses");
            assertTrue(responses.has("400") && responses.has("406") && responses.has("429"), () -> name + " "
                    + responses.fieldNames());
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertEquals(PROBLEM, response.getValue().at("/content/application~1problem+json/schema/$ref")
                            .asText(), () -> name + " " + response.getKey());
                }
            });
        });
        assertTrue(document.at("/components/schemas/Problem/properties").has("violations"));
    }

    @Test
    void headersAndQueryParametersAreDeclaredAndTyped() {
        JsonNode customer = document.at("/paths/~1api~1v1~1customers~1{id}");
        assertTrue(customer.at("/get/responses/200/headers/ETag").has("$ref"), "ETag on GET");
        assertTrue(customer.at("/put/responses/200/headers/ETag").has("$ref"), "ETag on PUT");
        assertTrue(refs(customer.at("/put/parameters")).contains("#/components/parameters/If-Match"), "If-Match");
        JsonNode create = document.at("/paths/~1api~1v1~1customers/post");
        assertTrue(create.at("/responses/201/headers/Location").has("$ref"), "Location on 201");
        assertTrue(refs(create.at("/parameters")).contains("#/components/parameters/Idempotency-Key"));
        assertTrue(create.at("/responses/201/headers/Idempotent-Replayed").has("$ref"), "replay marked");
        assertTrue(create.at("/responses/429/headers/Retry-After").has("$ref"), "Retry-After on 429");
        JsonNode list = document.at("/paths/~1api~1v1~1customers/get/parameters");
        JsonNode size = parameter(list, "size").path("schema");
        assertEquals("integer", size.path("type").asText());
        assertEquals(200, size.path("maximum").asInt());
        assertEquals(0, parameter(list, "page").at("/schema/minimum").asInt());
        assertEquals("uuid", parameter(list, "managerId").at("/schema/format").asText());
        assertEquals("boolean", parameter(list, "watch").at("/schema/type").asText());
        JsonNode tier = resolve(parameter(list, "tier").path("schema"));
        assertTrue(tier.path("enum").toString().contains("DIAMOND"), () -> "tier enum: " + tier);
    }

    @Test
    void maskedOutputIsNotHeldToTheInputPattern() {
        JsonNode phones = document.at("/components/schemas/CustomerDto/properties/phones");
        StringBuilder text = new StringBuilder(phones.toString());
        phones.findValues("$ref").forEach(ref -> text.append(document.at(ref.asText().substring(1))));
        assertFalse(phones.isMissingNode(), "CustomerDto has phones");
        assertFalse(text.toString().contains("pattern"), () -> "CustomerDto.phones carries an input pattern: " + text);
        String input = document.at("/components/schemas/CustomerInput/properties/phones").toString()
                + document.at("/components/schemas/Phones");
        assertTrue(input.contains("pattern"), () -> "the input keeps its pattern: " + input);
    }

    /**
     * The rule of docs/api.md: every body has an example, on its media type or on its schema. A schema has one when
     * it (after $ref) carries example(s) or an enum, an array when its items do, an object when each of its required
     * properties does (each of its properties when it requires none).
     */
    @Test
    void everyBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            operation.at("/requestBody/content").fields().forEachRemaining(media -> {
                if (!exemplified(media.getValue())) {
                    missing.add(name + " request " + media.getKey());
                }
            });
            operation.get("responses").fields().forEachRemaining(response -> resolve(response.getValue())
                    .path("content").fields().forEachRemaining(media -> {
                        if (!exemplified(media.getValue())) {
                            missing.add(name + " " + response.getKey() + " " + media.getKey());
                        }
                    }));
        });
        assertTrue(missing.isEmpty(), () -> missing.size() + " bodies without an example: " + missing);
        assertFalse(document.at("/components/schemas/CustomerDto/examples").isEmpty(), "CustomerDto has its own");
    }

    private boolean exemplified(JsonNode media) {
        return media.has("example") || media.has("examples") || schemaExemplified(media.path("schema"), 0);
    }

    private boolean schemaExemplified(JsonNode schema, int depth) {
        JsonNode variants = schema.path("anyOf");
        if (variants.size() == 2 && variants.findValuesAsText("type").contains("null")) {
            schema = "null".equals(variants.get(0).path("type").asText()) ? variants.get(1) : variants.get(0);
        }
        while (schema.has("$ref")) {
            schema = resolve(schema);
        }
        if (schema.has("example") || schema.has("examples") || schema.has("enum")) {
            return true;
        }
        if (depth > 8) {
            return false;
        }
        if (schema.has("items")) {
            return schemaExemplified(schema.get("items"), depth + 1);
        }
        JsonNode properties = schema.path("properties");
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(required -> names.add(required.asText()));
        if (names.isEmpty()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return !names.isEmpty() && names.stream().allMatch(n -> schemaExemplified(properties.path(n), depth + 1));
    }

    private List<JsonNode> parameters(JsonNode holder) {
        List<JsonNode> list = new ArrayList<>();
        holder.path("parameters").forEach(p -> list.add(resolve(p)));
        return list;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    private Set<String> refs(JsonNode parameters) {
        Set<String> refs = new HashSet<>();
        parameters.forEach(p -> refs.add(p.path("$ref").asText()));
        return refs;
    }

    private JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            JsonNode resolved = resolve(p);
            if (name.equals(resolved.path("name").asText())) {
                return resolved;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }
}
