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
 * so an API request that accepts problem+json but no JSON is taken to accept JSON as well.
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
        boolean namesProblem = false;
        boolean namesJson = false;
        for (String element : String.join(",", accept).split(",")) {
            String type = element.split(";")[0].trim().toLowerCase(Locale.ROOT);
            namesProblem |= type.equals(Problem.MEDIA_TYPE);
            namesJson |= type.equals(MediaType.APPLICATION_JSON) || type.equals("application/*")
                    || type.equals(MediaType.WILDCARD);
        }
        if (namesProblem && !namesJson) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT,
                    String.join(", ", accept) + ", " + MediaType.APPLICATION_JSON);
        }
    }
}
