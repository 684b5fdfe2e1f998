package org.vipcare.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each breaking kind on a small document, changed in one place; the harmless changes report nothing. */
class BreakingChangesTest {

    private static final String BASE = """
            openapi: 3.1.0
            info: {title: t, version: "1.0"}
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                  - {name: from, in: query, schema: {type: string}}
                  responses:
                    "200":
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                    "404":
                      content:
                        application/problem+json:
                          schema: {type: object}
                put:
                  operationId: updateThing
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/ThingUpdate"}
                  responses:
                    "200":
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
            components:
              schemas:
                Colour: {type: string, enum: [RED, GREEN]}
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    size: {type: [integer, "null"], format: int32}
                    colour:
                      anyOf:
                      - $ref: "#/components/schemas/Colour"
                      - type: "null"
                ThingUpdate:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    colour: {$ref: "#/components/schemas/Colour"}
                    note: {type: [string, "null"]}
            """;

    @Test
    void theSameDocumentBreaksNothing() throws IOException {
        assertEquals(Set.of(), diff(BASE));
    }

    @Test
    void additionsThatOldClientsIgnoreBreakNothing() throws IOException {
        String after = BASE
                .replace("        size: {type: [integer, \"null\"], format: int32}\n", "        size: {type: [integer, \"null\"],"
                        + " format: int32}\n        weight: {type: [number, \"null\"]}\n")
                .replace("  - {name: from, in: query, schema: {type: string}}\n",
                        "  - {name: from, in: query, schema: {type: string, pattern: \"^\\\\d\"}}\n"
                                + "      - {name: to, in: query, schema: {type: string}}\n")
                .replace("note: {type: [string, \"null\"]}", "note: {type: [string, integer, \"null\"]}");
        assertEquals(Set.of(), diff(after));
    }

    @Test
    void aRemovedOperationOrOperationId() throws IOException {
        assertEquals(Set.of("operation-removed PUT /things/{id}"),
                diff(BASE.substring(0, BASE.indexOf("    put:")) + BASE.substring(BASE.indexOf("components:"))));
        assertEquals(Set.of("operation-id-changed GET /things/{id} getThing"),
                diff(BASE.replace("operationId: getThing", "operationId: readThing")));
    }

    @Test
    void aRemovedResponseStatusOrResponseProperty() throws IOException {
        assertEquals(Set.of("response-removed GET /things/{id} 404"),
                diff(BASE.replace("\"404\":", "\"410\":")));
        assertEquals(Set.of("response-property-removed Thing.size"),
                diff(BASE.replace("        size: {type: [integer, \"null\"], format: int32}\n", "")));
    }

    @Test
    void aNewRequiredRequestPropertyOrParameter() throws IOException {
        assertEquals(Set.of("request-property-became-required request ThingUpdate.note"),
                diff(BASE.replace("required: [name]\n      properties:\n        name: {type: string}\n        colour: {$ref",
                        "required: [name, note]\n      properties:\n        name: {type: string}\n        colour: {$ref")));
        assertEquals(Set.of("parameter-became-required GET /things/{id} query:from"),
                diff(BASE.replace("{name: from, in: query, schema", "{name: from, in: query, required: true, schema")));
        assertEquals(Set.of("required-parameter-added GET /things/{id} query:limit"),
                diff(BASE.replace("  - {name: from, in: query, schema: {type: string}}\n",
                        "  - {name: from, in: query, schema: {type: string}}\n"
                                + "      - {name: limit, in: query, required: true, schema: {type: integer}}\n")));
    }

    @Test
    void aNarrowedRequestEnumOrAWidenedResponseEnum() throws IOException {
        assertEquals(Set.of("request-enum-value-removed request Colour GREEN"),
                diff(BASE.replace("enum: [RED, GREEN]", "enum: [RED]")));
        assertEquals(Set.of("response-enum-value-added response Colour BLUE"),
                diff(BASE.replace("enum: [RED, GREEN]", "enum: [RED, GREEN, BLUE]")));
    }

    @Test
    void aChangedTypeOrFormat() throws IOException {
        assertEquals(Set.of("type-changed response Thing.size [integer, null] -> [null, string]"),
                diff(BASE.replace("size: {type: [integer, \"null\"], format: int32}",
                        "size: {type: [string, \"null\"], format: int32}")));
        assertEquals(Set.of("type-changed response Thing.name [string] -> [null, string]"),
                diff(BASE.replace("name: {type: string}\n        size", "name: {type: [string, \"null\"]}\n        size")));
        assertEquals(Set.of("format-changed request GET /things/{id} path:id uuid -> "),
                diff(BASE.replace("schema: {type: string, format: uuid}", "schema: {type: string}")));
    }

    @Test
    void aListedChangeIsAcceptedAndOnlyAfterTheRelease() {
        ApiChangelog changelog = ApiChangelog.parse("""
                # API changelog
                ## Unreleased
                - `response-property-removed Thing.size` sizes moved to /things/{id}/size
                ## 1.1
                - `operation-removed PUT /things/{id}` things are read-only
                ## 1.0
                - `response-removed GET /things/{id} 404` listed before the release compared against
                """);
        assertEquals(Set.of("response-property-removed Thing.size", "operation-removed PUT /things/{id}"),
                changelog.listedAfter("1.0"));
        assertEquals(Set.of("response-property-removed Thing.size"), changelog.listedAfter("1.1"));
    }

    private static Set<String> diff(String after) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode before = yaml.readTree(BASE);
        return BreakingChanges.between(before, yaml.readTree(after));
    }
}
