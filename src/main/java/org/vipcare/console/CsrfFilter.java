package org.vipcare.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.security.ConsoleSessions;

/**
 * The console's one guard against cross-site request forgery (synchronizer token). The server issues a random token
 * with each console session and keeps it in the session's row; every form renders it in the hidden field
 * {@value #FIELD}; every console POST must send exactly that token, or it gets 403 and the error page. No cookie
 * carries it, so nobody can choose it: a token the server did not issue to this session is refused, and a token dies
 * with its session (logout, expiry, a changed user).
 * <p>
 * {@code POST /j_security_check} never reaches this filter: Quarkus' form authentication answers it before any
 * resource runs, and before any session exists. It relies on SameSite=Strict on the session cookies (a cross-site
 * request never carries an existing session) and on needing a valid password; a forged login could at worst sign
 * a victim into the forger's own console account, which an admin must have issued and which the audit log names.
 * The filter runs after the form is read ({@link WithFormRead}), the documented way to see form fields in a filter.
 */
public class CsrfFilter {

    public static final String FIELD = "_csrf";

    private final Template errorPage;
    private final ConsoleContext console;
    private final SecurityIdentity identity;

    public CsrfFilter(@Location("error.html") Template errorPage, ConsoleContext console, SecurityIdentity identity) {
        this.errorPage = errorPage;
        this.console = console;
        this.identity = identity;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!ConsoleContext.isConsolePath(routing.normalizedPath()) || isSafe(request.getMethod())) {
            return null;
        }
        Optional<String> issued = ConsoleSessions.csrfTokenOf(identity);
        String sent = formToken(request);
        if (issued.isPresent() && sent != null
                && MessageDigest.isEqual(issued.get().getBytes(StandardCharsets.US_ASCII),
                        sent.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return forbidden();
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
        // Worded here already, in the user's language: the code has no text of its own.
        String page = errorPage.data("status", ProblemType.FORBIDDEN.status)
                .data("problem", new ProblemException(ProblemType.FORBIDDEN, "security.csrf-rejected",
                        console.messages().csrf_rejected()))
                .render();
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }
}
