package org.vipcare.common;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The published OpenAPI document is what integrators generate clients from, so it describes the API and only the API,
 * in one voice: the error model, the shared headers, the typed query parameters and the null rule are added here once
 * rather than on every operation.
 */
public class ApiDocument implements OASFilter {

    static final String API_PREFIX = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getPaths() != null) {
            // The console is excluded from scanning (application.properties); this also drops any page a new console
            // package brings in before the exclusion learns of it, and the form-login endpoint.
            List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                    .filter(path -> !path.startsWith(API_PREFIX))
                    .forEach(openAPI.getPaths()::removePathItem);
        }
        SharedHeaders.addTo(openAPI);
        NotModifiedResponses.addTo(openAPI);
        ProblemResponses.addTo(openAPI);
        QueryParameterSchemas.addTo(openAPI);
        NullableProperties.addTo(openAPI);
    }
}
