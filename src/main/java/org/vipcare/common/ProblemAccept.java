package org.vipcare.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Generated clients send {@code Accept: application/problem+json} when an operation documents no success body (or
 * only errors). Every API operation produces {@code application/json}, so JAX-RS content negotiation would refuse
 * such a request with 406 before it runs. Success bodies are JSON and errors problem+json whatever the client named,
 * so an API request that accepts nothing but problem+json is taken to accept JSON as well. An Accept that names
 * other types as well (JSON, CSV) is left to ordinary negotiation.
 */
public class ProblemAccept {

    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isEmpty()) {
            return;
        }
        for (String element : String.join(",", accept).split(",")) {
            String type = element.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!type.equals(Problem.MEDIA_TYPE)) {
                return;
            }
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT,
                String.join(", ", accept) + ", " + MediaType.APPLICATION_JSON);
    }
}
