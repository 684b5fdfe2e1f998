package org.vipcare.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The headers every part of the API shares, declared once as components: the response headers operations name by
 * reference ({@code @Header(name = "ETag", ref = SharedHeaders.ETAG)}), and the request headers {@code If-Match} and
 * {@code Idempotency-Key}, which replace the bare header parameters the scanner derives from {@code @HeaderParam}.
 * Operations that take an {@code Idempotency-Key} mark a replayed success with {@code Idempotent-Replayed}.
 */
public final class SharedHeaders {

    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String RETRY_AFTER = "Retry-After";

    // Sorted, so that the document comes out the same on every start (it is a reviewed file, docs/openapi.yaml).
    private static final Map<String, String> REQUEST_HEADERS = new TreeMap<>(Map.of(
            HttpHeaders.IF_MATCH, "The ETag of the last read. Required to change an existing resource: missing is "
                    + "428, an older version is 412.",
            Idempotency.HEADER, "A unique key per intended change (e.g. a UUID). A retry with the same key and body "
                    + "gets the first response again (header Idempotent-Replayed: true); the same key with another "
                    + "body is 409."));

    private SharedHeaders() {
    }

    static void addTo(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader(ETAG, header("The resource's version; send it back in If-Match to change it.",
                string()));
        components.addHeader(LOCATION, header("URL of the created resource (or of the started job).",
                string().format("uri-reference")));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again.",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        components.addHeader(Idempotency.REPLAYED_HEADER, header("true when this is the stored response to an "
                + "earlier request with the same Idempotency-Key; absent otherwise.", string().enumeration(
                        List.of("true"))));
        REQUEST_HEADERS.forEach((name, description) -> components.addParameter(name, OASFactory.createParameter()
                .name(name).in(Parameter.In.HEADER).description(description).schema(string())));
        Operations.each(openAPI, (path, method, operation) -> useSharedHeaders(operation));
    }

    static String ref(String header) {
        return "#/components/headers/" + header;
    }

    private static void useSharedHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        boolean idempotent = operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equals(p.getName()));
        if (idempotent && operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeader(Idempotency.REPLAYED_HEADER, OASFactory.createHeader()
                            .ref(ref(Idempotency.REPLAYED_HEADER)));
                }
            });
        }
        List<Parameter> parameters = operation.getParameters().stream()
                .map(p -> p.getIn() == Parameter.In.HEADER && REQUEST_HEADERS.containsKey(p.getName())
                        ? OASFactory.createParameter().ref("#/components/parameters/" + p.getName())
                        : p)
                .toList();
        operation.setParameters(new ArrayList<>(parameters));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
