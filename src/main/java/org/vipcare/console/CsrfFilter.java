package org.vipcare.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.vipcare.common.ProblemType;

/**
 * The console's one guard against cross-site request forgery (double-submit token). A console GET hands out a
 * random token in the {@value #COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/admin); every form renders it again
 * in the hidden field {@value #FIELD}; every console POST must send both, equal, or it gets 403 and the error page.
 * A page on another site can neither make the browser send the cookie (SameSite=Strict) nor read it to fill in the
 * field. The token lives as long as the browser session and is dropped at sign-out.
 * <p>
 * {@code POST /j_security_check} never reaches this filter: Quarkus' form authentication answers it before any
 * resource runs, and before any session exists. It relies on SameSite=Strict on the session cookie (a cross-site
 * request never carries an existing session) and on needing a valid password; a forged login could at worst sign
 * a victim into the forger's own console account, which an admin must have issued and which the audit log names.
 * The filter runs after the form is read ({@link WithFormRead}), the documented way to see form fields in a filter.
 */
public class CsrfFilter {

    public static final String COOKIE = "vipcare-csrf";
    public static final String FIELD = "_csrf";
    private static final String TOKEN_KEY = "vipcare.csrf-token";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Template errorPage;
    private final ConsoleContext console;

    public CsrfFilter(@Location("error.html") Template errorPage, ConsoleContext console) {
        this.errorPage = errorPage;
        this.console = console;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!ConsoleContext.isConsolePath(routing.normalizedPath())) {
            return null;
        }
        String known = cookieToken(routing);
        if (isSafe(request.getMethod())) {
            if (known == null) {
                issue(routing);
            } else {
                routing.put(TOKEN_KEY, known);
            }
            return null;
        }
        String sent = formToken(request);
        if (known != null && sent != null
                && MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII),
                        sent.getBytes(StandardCharsets.US_ASCII))) {
            routing.put(TOKEN_KEY, known);
            return null;
        }
        return forbidden();
    }

    /** The token the page being rendered must put into its forms. */
    static String tokenOf(RoutingContext routing) {
        String token = routing.get(TOKEN_KEY);
        return token != null ? token : issue(routing);
    }

    /** Forgets the token on sign-out, so the next session starts with a fresh one. */
    static void clear(RoutingContext routing) {
        routing.response().addCookie(cookie("", routing).setMaxAge(0));
    }

    private static String issue(RoutingContext routing) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.put(TOKEN_KEY, token);
        routing.response().addCookie(cookie(token, routing));
        return token;
    }

    private static Cookie cookie(String value, RoutingContext routing) {
        return Cookie.cookie(COOKIE, value).setPath("/admin").setHttpOnly(true)
                .setSecure(routing.request().isSSL()).setSameSite(CookieSameSite.STRICT);
    }

    /** A cookie that is not one of ours (wrong length or alphabet) counts as none and gets replaced. */
    private static String cookieToken(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == TOKEN_BYTES ? cookie.getValue() : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String formToken(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !(isType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || isType(type, MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null;
        }
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(FIELD, true, false);
        return value instanceof String token ? token : null;
    }

    /** Exact type and subtype: {@code isCompatible} would let a wildcard such as {@code *&#47;*} through. */
    private static boolean isType(MediaType type, MediaType expected) {
        return type.getType().equalsIgnoreCase(expected.getType())
                && type.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private Response forbidden() {
        String page = errorPage.data("status", ProblemType.FORBIDDEN.status)
                .data("title", ProblemType.FORBIDDEN.title)
                .data("detail", console.messages().csrf_rejected())
                .render();
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }
}
