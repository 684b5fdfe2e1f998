package org.vipcare.notification.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.vipcare.console.ConsoleContext;
import org.vipcare.notification.Notification;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The console's live stream (Server-Sent Events): {@code unread} on connect, then {@code notification} events with
 * the text in the user's language, its link and the unread count (admin/js/live.js shows them). See
 * {@link LiveStreams} for how events reach the stream.
 */
@Path("/admin/live")
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class LiveResource {

    private final LiveStreams streams;
    private final CurrentUser caller;
    private final ConsoleContext console;
    private final SecurityIdentity identity;

    public LiveResource(LiveStreams streams, CurrentUser caller, ConsoleContext console, SecurityIdentity identity) {
        this.streams = streams;
        this.caller = caller;
        this.console = console;
        this.identity = identity;
    }

    /**
     * Registers the stream and returns. A transaction of its own, ended when this returns, gives its connection back
     * to the pool: without one, the reads would hold a connection for as long as the stream stays open.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stream(@Context SseEventSink sink, @Context Sse sse, RoutingContext routing) {
        // nginx and its kin would otherwise hold the events back in their buffers.
        routing.response().putHeader("X-Accel-Buffering", "no");
        UUID me = caller.id();
        streams.open(new LiveStreams.Stream(me, ConsoleSessions.sessionOf(identity).orElse(null),
                console.languageTag(), sink, sse), Notification.countUnread(me));
    }
}
