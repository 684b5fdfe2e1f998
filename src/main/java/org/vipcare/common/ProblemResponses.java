package org.vipcare.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error model once for the whole API: the Problem schema and, on every operation, the problem
 * responses its method, path and body can produce, all typed {@code application/problem+json}. A response an
 * operation declares itself keeps its description and gets the Problem content.
 */
final class ProblemResponses {

    private static final String REF = "#/components/schemas/Problem";
    /** What a problem code looks like: lower-case words joined by dots and hyphens. */
    private static final String CODE_PATTERN = "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$";
    private static final String TOKEN_PATH = ApiDocument.API_PREFIX + "v1/auth/token";
    /** Sign-in, refresh and logout: the body is the credential, no bearer token, so no 403 either. */
    private static final String AUTH_PATHS = ApiDocument.API_PREFIX + "v1/auth/";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        Operations.each(openAPI, ProblemResponses::document);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        boolean tokenEndpoint = path.equals(TOKEN_PATH);
        boolean hasBody = operation.getRequestBody() != null;
        add(responses, "400", "Invalid input; `violations` names each field");
        if (tokenEndpoint) {
            add(responses, "401", "Wrong username or password");
        } else if (path.startsWith(AUTH_PATHS)) {
            add(responses, "401", "Refresh token unknown, spent, expired or revoked");
        } else {
            add(responses, "401", "Missing, expired or invalid bearer token");
            add(responses, "403", "The caller's role or ownership does not allow this");
        }
        if (path.contains("{")) {
            add(responses, "404", "Unknown id");
        }
        add(responses, "406", "The Accept header names no media type this operation produces");
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            add(responses, "409", "Duplicate, a move the current state does not allow, or Idempotency-Key reused "
                    + "with another body");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || takesIfMatch(operation)) {
            add(responses, "412", "If-Match names an older version");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "428", "If-Match is missing");
        }
        if (hasBody) {
            add(responses, "413", "The request body is too large");
        }
        add(responses, "414", "The request URI (path and query) is too long");
        add(responses, "415", "Content-Type is not one this operation accepts");
        add(responses, "429", tokenEndpoint ? "Too many failed attempts; wait Retry-After seconds"
                : "Too many requests; wait Retry-After seconds");
        add(responses, "503", "Temporarily unavailable (e.g. the database cannot be reached); try again later");
        retryAfter(responses.getAPIResponse("429"));
        retryAfter(responses.getAPIResponse("503"));
        operation.setResponses(responses);
    }

    /** A DELETE may take an optional If-Match: a stale one is 412 there too. */
    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> HttpHeaders.IF_MATCH.equals(p.getName())
                        || ("#/components/parameters/" + HttpHeaders.IF_MATCH).equals(p.getRef()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            responses.getAPIResponse(status).setContent(problemContent());
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static void retryAfter(APIResponse response) {
        response.addHeader(SharedHeaders.RETRY_AFTER, OASFactory.createHeader()
                .ref(SharedHeaders.ref(SharedHeaders.RETRY_AFTER)));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    // Properties and examples in a fixed order, so that the document comes out the same on every start.
    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern(CODE_PATTERN);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", string).addProperty("message", string)
                .addProperty("code", code.description("Stable code of this field's problem, e.g. "
                        + "`constraint.not-blank`; `message` is its English wording."));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://vipcare.example/problems/validation");
        example.put("title", ProblemType.VALIDATION.title);
        example.put("status", 400);
        example.put("detail", Problem.Violations.DETAIL);
        example.put("code", Problem.Violations.CODE);
        example.put("violations", List.of(new TreeMap<>(Map.of("field", "name", "message", "must not be blank",
                "code", "constraint.not-blank"))));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Members without a value are omitted.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of("https://vipcare.example/problems/validation")))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern(CODE_PATTERN)
                        .description("Extension member: the stable code of the problem, "
                                + "`<area>.<subject>.<reason>` (e.g. `complaint.close.needs-verification`). Clients "
                                + "may switch on it; `detail` is its English wording for people.")
                        .examples(List.of("complaint.close.needs-verification")))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .addProperty("existingCustomerId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("uuid").description("Extension member of `customer.id-document.taken`: the customer "
                                + "who already holds the identity document, when the caller may read that customer"))
                .examples(List.of(example));
    }
}
