package org.vipcare.common;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response, and the {@code Secure} flag of every cookie it sets, in one place. They are
 * written when the headers go out, so redirects of the login, error pages and static files get them too.
 * <ul>
 * <li>everywhere: no MIME sniffing, no framing, the referrer only to our own origin, and HSTS once the request came
 * over HTTPS (directly, or per {@code X-Forwarded-Proto} from a proxy that {@code quarkus.http.proxy.*} trusts);
 * <li>console ({@code /admin/**}, the login post): a Content-Security-Policy that allows only our own files (no inline
 * script or style, no plug-ins, no foreign form targets, no framing) and {@code Cache-Control: no-store} on pages,
 * which show personal data; the console's own CSS and JS may be cached;
 * <li>API ({@code /api/**}): a policy that allows nothing (JSON is never a document to render); caching is
 * {@link ConditionalReads}' business.
 * </ul>
 * Swagger UI and the other {@code /q/} pages keep Quarkus' own pages and get only the headers for everywhere.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private final boolean alwaysSecureCookies;

    public SecurityHeaders(VipCareConfig config) {
        this.alwaysSecureCookies = config.secureCookies();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> apply(routing));
            routing.next();
        });
    }

    private void apply(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        MultiMap headers = routing.response().headers();
        String path = routing.normalizedPath();
        boolean https = request.isSSL() || "https".equalsIgnoreCase(request.scheme());

        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (https) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (isConsole(path)) {
            headers.set("Content-Security-Policy", CONSOLE_POLICY);
            if (!isConsoleAsset(path)) {
                headers.set("Cache-Control", "no-store");
            }
        } else if (path.startsWith("/api/")) {
            headers.set("Content-Security-Policy", API_POLICY);
        }
        if (https || alwaysSecureCookies) {
            // only the cookies this response sets: marking a request's cookie would send it back as a new one
            for (Cookie cookie : request.cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged()) {
                    cookie.setSecure(true);
                }
            }
        }
    }

    static boolean isConsole(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/j_security_check");
    }

    private static boolean isConsoleAsset(String path) {
        return path.startsWith("/admin/css/") || path.startsWith("/admin/js/");
    }
}
