package org.vipcare.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/webhooks}. The secret is write-only: no answer ever contains it. */
@Schema(examples = WebhookExamples.CREATE)
public record WebhookCreate(
        @Schema(description = "Where deliveries are POSTed: https (plain http only where the server allows it), "
                + "on a host that resolves to public addresses only.", examples = "https://crm.example.com/hooks/vipcare")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The events to deliver, by name: customer.tier_changed, customer.watch_flagged, "
                + "complaint.opened, complaint.sla_breached, complaint.closed, retention_case.closed, "
                + "follow_up.gave_up (docs/webhooks.md); another name is refused.",
                examples = "[\"complaint.opened\",\"complaint.closed\"]")
        @NotEmpty @Size(max = 20) List<@NotNull String> events,
        @Schema(writeOnly = true, description = "The HMAC-SHA256 key of X-VipCare-Signature, 16 to 200 characters; "
                + "stored encrypted and never returned.", examples = "whsec_5Vq9p2Lr7TmX4cYb")
        @NotBlank @Size(min = 16, max = 200) String secret) {
}
