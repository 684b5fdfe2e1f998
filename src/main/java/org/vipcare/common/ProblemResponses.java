package org.vipcare.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error model once for the whole API: adds the Problem schema and, to every operation under /api,
 * the problem responses its method and path can produce.
 */
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSchema("Problem", problemSchema());
        openAPI.setComponents(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        boolean publicEndpoint = path.equals("/api/v1/auth/token");
        add(responses, "400", "Invalid input; `violations` names each field");
        if (!publicEndpoint) {
            add(responses, "401", "Missing, expired or invalid bearer token");
            add(responses, "403", "The caller's role or ownership does not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "Unknown id");
        }
        switch (method) {
            case POST -> {
                add(responses, "409", "Duplicate, illegal state transition, or Idempotency-Key reused");
                add(responses, "415", "Wrong Content-Type");
            }
            case PUT, PATCH -> {
                add(responses, "412", "If-Match names an older version");
                add(responses, "415", "Wrong Content-Type");
                add(responses, "428", "If-Match is missing");
            }
            default -> {
            }
        }
        operation.setResponses(responses);
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            responses.getAPIResponse(status).setContent(problemContent());
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", string, "message", string));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                                .examples(List.of("https://vipcare.example/problems/validation")),
                        "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string,
                        "instance", string,
                        "violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
