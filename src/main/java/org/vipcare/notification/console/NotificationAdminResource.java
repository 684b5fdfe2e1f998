package org.vipcare.notification.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.ProblemException;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.ConsolePaging;
import org.vipcare.notification.Notification;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The signed-in user's notifications, newest first: open one (marks it read and goes to its page), mark one or all
 * read. Only one's own: another user's notification is not found. Posts carry the CSRF token (console CsrfFilter).
 */
@Path("/admin/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class NotificationAdminResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<NotificationView> notifications, long unread);
    }

    private final CurrentUser caller;
    private final ConsoleContext console;
    private final Clock clock;

    public NotificationAdminResource(CurrentUser caller, ConsoleContext console, Clock clock) {
        this.caller = caller;
        this.console = console;
        this.clock = clock;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance list(@QueryParam("page") String page) {
        UUID me = caller.id();
        int index = ConsolePaging.pageNumber(page);
        List<NotificationView> found = NotificationText.render(Notification.listFor(me, index, PAGE_SIZE),
                console.languageTag());
        return Templates.list(new Page<>(found, index, PAGE_SIZE, Notification.countFor(me)),
                Notification.countUnread(me));
    }

    /** Marks the notification read and opens its page. */
    @POST
    @Path("{id}/read")
    @Transactional
    public Response read(@PathParam("id") long id, @QueryParam("open") boolean open) {
        UUID me = caller.id();
        if (Notification.markRead(me, id, clock.instant()) == 0) {
            throw ProblemException.notFound("notification", id);
        }
        if (open) {
            Notification notification = Notification.findById(id);
            return Response.seeOther(URI.create(notification.subjectType.href(notification.subjectId))).build();
        }
        return Response.seeOther(URI.create("/admin/notifications")).build();
    }

    @POST
    @Path("read-all")
    @Transactional
    public Response readAll() {
        Notification.markAllRead(caller.id(), clock.instant());
        return Response.seeOther(URI.create("/admin/notifications")).build();
    }
}
