package org.vipcare.console;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The language switch: a console GET with {@code ?lang=zh-CN} stores the choice in the {@value ConsoleLanguage#COOKIE}
 * cookie and sends the browser back to the same page without the parameter. It works on the login page too, where
 * there is no session (and so no CSRF token) yet; it changes nothing but how pages are worded.
 */
public class LanguageSwitchFilter {

    @ServerRequestFilter
    public Response switchLanguage(ContainerRequestContext request, RoutingContext routing) {
        if (!request.getMethod().equals("GET") || !ConsoleContext.isConsolePath(routing.normalizedPath())) {
            return null;
        }
        String wanted = request.getUriInfo().getQueryParameters().getFirst(ConsoleLanguage.PARAMETER);
        if (wanted == null) {
            return null;
        }
        Optional<String> language = ConsoleLanguage.shipped(wanted);
        language.ifPresent(tag -> routing.response().addCookie(ConsoleLanguage.cookie(tag, routing.request().isSSL())));
        return Response.seeOther(request.getUriInfo().getRequestUriBuilder()
                .replaceQueryParam(ConsoleLanguage.PARAMETER).build()).build();
    }
}
