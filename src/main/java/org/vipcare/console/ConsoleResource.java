package org.vipcare.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.Role;

/** Signing in and out of the console, and its front door. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean passwordChanged);
    }

    private final SecurityIdentity identity;
    private final ConsoleSessions sessions;

    public ConsoleResource(SecurityIdentity identity, ConsoleSessions sessions) {
        this.identity = identity;
        this.sessions = sessions;
    }

    /**
     * Form authentication lands here after sign-in: everybody starts with "My day", an account manager's own work,
     * a supervisor's or admin's the team's.
     */
    @GET
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
    public Response landing() {
        return Response.seeOther(URI.create("/admin/my-day")).build();
    }

    /** The form posts to Quarkus' {@code /j_security_check}; a failed attempt comes back with {@code ?error=true}. */
    @GET
    @Path("/login")
    @PermitAll
    public TemplateInstance login(@RestQuery String error, @RestQuery String notice) {
        return Templates.login("true".equals(error), "password-changed".equals(notice));
    }

    /**
     * Ends the session on the server (with its CSRF token) and drops both cookies: the next console request asks
     * for a login again, even one that replays the old cookies.
     */
    @POST
    @Path("/logout")
    @RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
    public Response logout(RoutingContext routing) {
        sessions.logout(identity, "POST /admin/logout");
        sessions.dropCookies(routing);
        return Response.seeOther(URI.create("/admin/login")).build();
    }
}
