package org.vipcare.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a NUL character in any query parameter before a resource reads it (see {@link StorableInput}). */
public class StorableQuery {

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        Problem.Violations violations = new Problem.Violations();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (StorableInput.hasNul(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(StorableInput::hasNul)) {
                violations.add(parameter.getKey().replace('\u0000', ' ').strip(), "common.nul-character",
                        StorableInput.NUL_MESSAGE);
            }
        }
        violations.throwIfAny();
    }
}
