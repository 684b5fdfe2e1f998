package org.vipcare.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents {@link ConditionalReads}: every read whose success carries an {@code ETag} takes {@code If-None-Match}
 * and answers 304, without a body, while the tag still names the current version.
 */
final class NotModifiedResponses {

    private NotModifiedResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getComponents().addParameter(HttpHeaders.IF_NONE_MATCH, OASFactory.createParameter()
                .name(HttpHeaders.IF_NONE_MATCH).in(Parameter.In.HEADER)
                .description("ETags of the copies the client holds (or *). While one is current the answer is 304 "
                        + "without a body.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        Operations.each(openAPI, NotModifiedResponses::document);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (method != PathItem.HttpMethod.GET || operation.getResponses() == null) {
            return;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey(SharedHeaders.ETAG)) {
            return;
        }
        // A read that looks at If-None-Match itself (getCustomer) declares it as a bare @HeaderParam: use the shared one.
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters().stream()
                        .filter(p -> !HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(p.getName())).toList());
        parameters.add(OASFactory.createParameter().ref("#/components/parameters/" + HttpHeaders.IF_NONE_MATCH));
        operation.setParameters(parameters);
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match names the current version")
                .addHeader(SharedHeaders.ETAG, OASFactory.createHeader().ref(SharedHeaders.ref(SharedHeaders.ETAG))));
    }
}
