package org.vipcare.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.QueryParams;
import org.vipcare.common.RetryTransient;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What the signed-in user is told about: work handed to them, clocks and "
        + "calls that need them, customers that came or went. Each user sees only their own.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class NotificationResource {

    private static final String OWN_ONLY = " Only the caller's own: another user's notification is 404, as an unknown "
            + "id. The text is in the language of Accept-Language (zh-CN or en).";

    private final NotificationService notifications;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public NotificationResource(NotificationService notifications, CurrentUser caller, Idempotency idempotency) {
        this.notifications = notifications;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first",
            description = "unread=true: only the unread ones (the bell's count is their total); unread=false: only "
                    + "the read ones; without it, all. Sort: createdAt (default createdAt,desc). The text is in the "
                    + "language of Accept-Language (zh-CN or en).")
    public Page<NotificationDto> list(
            @Parameter(description = "true: unread only; false: read only; absent: all",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unread") String unread,
            @BeanParam PageRequest paging, @Context HttpHeaders headers) {
        return notifications.list(QueryParams.bool("unread", unread), paging, language(headers));
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read",
            description = "Idempotent: marking a read notification again answers 200 and keeps the first readAt."
                    + OWN_ONLY)
    @APIResponse(responseCode = "200", description = "Read; the notification",
            content = @Content(schema = @Schema(implementation = NotificationDto.class)))
    public Response read(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) {
        String language = language(headers);
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/notifications/" + id + "/read", "",
                () -> Response.ok(notifications.read(id, language)).build());
    }

    @POST
    @Path("/read-all")
    @Transactional
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all of the caller's notifications read",
            description = "Answers how many were unread and are read now (0 when none was). Those read before keep "
                    + "their readAt; other users' are untouched. With an Idempotency-Key a retry answers the first "
                    + "count again.")
    @APIResponse(responseCode = "200", description = "All read; how many this request marked",
            content = @Content(schema = @Schema(implementation = NotificationsRead.class)))
    public Response readAll(@HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/notifications/read-all", "",
                () -> Response.ok(notifications.readAll()).build());
    }

    /** zh-CN when the caller prefers Chinese, else English. */
    static String language(HttpHeaders headers) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("zh".equalsIgnoreCase(locale.getLanguage())) {
                return "zh-CN";
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return "en";
            }
        }
        return "en";
    }
}
