package org.vipcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} (413) and a URI over {@code vipcare.http.max-uri-length}
 * (414) with problem+json. Both are refused before JAX-RS sees the request, where no exception mapper runs, so this is
 * the first route of the router. Vert.x refuses a request line over {@code quarkus.http.limits.max-initial-line-length}
 * in its codec, with no hook Quarkus exposes (quarkusio/quarkus#55082); that limit is set well above ours, so only a
 * request line of more than 64 KiB still gets Vert.x's bare 414.
 */
@ApplicationScoped
public class HttpLimits {

    private final long maxBodySize;
    private final int maxUriLength;
    private final ObjectMapper json;

    public HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            VipCareConfig config, ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUriLength = config.http().maxUriLength();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        // A body without Content-Length is counted while it arrives; the body handler then fails the route with 413.
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status && !context.response().ended()) {
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE, bodyDetail());
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG, "The request URI is longer than " + maxUriLength
                    + " characters; send long filters in a request body.");
            return;
        }
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodySize) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, bodyDetail());
            return;
        }
        context.next();
    }

    private String bodyDetail() {
        return "The request body is larger than " + maxBodySize + " bytes.";
    }

    private static String code(ProblemType type) {
        return type == ProblemType.URI_TOO_LONG ? "common.uri-too-long" : "common.body-too-large";
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        String path = context.request().path();
        Problem problem = new Problem(type.uri(), type.title, type.status, detail,
                path == null || path.length() > 200 ? null : path, code(type), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The body was not read: close the connection rather than leave it unread on a kept-alive connection.
        context.response().setStatusCode(type.status)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body);
    }
}
