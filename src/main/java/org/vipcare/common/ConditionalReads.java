package org.vipcare.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching rules of every API read, in one place. A read that carries an ETag (a single resource) may be kept by the
 * client but must be revalidated ({@code private, no-cache}); an {@code If-None-Match} naming its tag (or {@code *})
 * gets 304 without a body. Any other read (pages of lists, reports, exports) holds personal data that must not be
 * stored anywhere ({@code private, no-store}).
 */
public class ConditionalReads {

    static final String REVALIDATE = "private, no-cache";
    static final String DO_NOT_STORE = "private, no-store";

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                || !request.getUriInfo().getPath().startsWith("/api/") || response.getStatus() != 200) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, DO_NOT_STORE);
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
