package org.vipcare.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries to integrators' receivers (docs/webhooks.md).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_)
public class WebhookResource {

    private final WebhookService webhooks;
    private final CurrentUser caller;
    private final Idempotency idempotency;

    public WebhookResource(WebhookService webhooks, CurrentUser caller, Idempotency idempotency) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @jakarta.transaction.Transactional
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "Admins only. The URL must be https (plain http only where the server allows it) and its "
                    + "host must resolve to public addresses; the events are names from the list; the secret (16 to "
                    + "200 characters) signs every delivery and is never returned. From now on every subscribed event "
                    + "is POSTed to the URL, signed (docs/webhooks.md). 503 when the server has no encryption key for "
                    + "secrets.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = WebhookDto.class)),
            headers = @Header(name = "Location", ref = SharedHeaders.LOCATION))
    public Response create(@Valid @NotNull WebhookCreate request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        // The secret takes part in the replay check as a hash only: the stored request fingerprint never holds it.
        String fingerprint = request.url() + "\n" + request.events() + "\n" + sha256(request.secret());
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/webhooks", fingerprint, () -> {
            Webhook webhook = webhooks.create(request, caller.username());
            return Response.created(uri.getAbsolutePathBuilder().path(webhook.id.toString()).build())
                    .entity(WebhookDto.from(webhook)).build();
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The registered webhooks, newest first",
            description = "Admins only. Sort: createdAt, url.")
    public Page<WebhookDto> list(@BeanParam PageRequest paging) {
        return webhooks.list(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook", description = "Admins only. Never its secret.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(schema = @Schema(implementation = WebhookDto.class)))
    public WebhookDto get(@PathParam("id") UUID id) {
        return WebhookDto.from(webhooks.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook",
            description = "Admins only. Nothing more is sent to it, pending deliveries included; its delivery log "
                    + "goes with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id, caller.username());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log, newest first",
            description = "Admins only. One line per try (its status code or error, duration, and the delivery's "
                    + "state after it), and one with attempt 0 for each delivery not tried yet.")
    public Page<WebhookDeliveryDto> deliveries(@PathParam("id") UUID id, @BeanParam PageRequest paging) {
        return webhooks.deliveries(id, paging);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
