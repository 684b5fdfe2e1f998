package org.vipcare.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.vipcare.complaint.ComplaintBreach;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.tier.Tier;

/**
 * Documents what the service POSTs to a webhook, in the OpenAPI 3.1 {@code webhooks} section: one entry per event,
 * its body a schema {@code <Event>Payload} ({@code {id, event, occurredAt, data}}) with the event's {@code data}
 * schema, and the signature headers. Generated clients get the payload types from {@code components.schemas}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WebhookDocument implements OASFilter {

    private static final String REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        for (WebhookEvent event : WebhookEvent.values()) {
            String name = pascal(event.wireName);
            openAPI.getComponents().addSchema(name + "Data", data(event));
            openAPI.getComponents().addSchema(name + "Payload", payload(event, name));
            openAPI.addWebhook(event.wireName, OASFactory.createPathItem().POST(OASFactory.createOperation()
                    .operationId("webhook" + name)
                    .summary("Sent to webhooks subscribed to " + event.wireName)
                    .description(description(event) + " Signed: verify X-VipCare-Signature before trusting the body; "
                            + "de-duplicate on X-VipCare-Delivery (docs/webhooks.md).")
                    .tags(List.of("Webhooks"))
                    .parameters(List.of(
                            header("X-VipCare-Event", "The event's name: " + event.wireName),
                            header("X-VipCare-Delivery", "The delivery's id, the same on every try (de-duplicate "
                                    + "on it)"),
                            header("X-VipCare-Timestamp", "When this try was signed, in unix seconds"),
                            header("X-VipCare-Signature", "sha256= and the hex HMAC-SHA256 of "
                                    + "\"<timestamp>.<raw body>\" keyed with the webhook's secret")))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType()
                                    .schema(ref(name + "Payload")))))
                    .responses(OASFactory.createAPIResponses().addAPIResponse("2XX", OASFactory.createAPIResponse()
                            .description("Acknowledged. Any other answer, or none within the timeout, is tried "
                                    + "again with a doubling wait for up to 24 hours")))));
        }
    }

    private static String description(WebhookEvent event) {
        return switch (event) {
            case CUSTOMER_TIER_CHANGED -> "A tier evaluation moved a customer to another tier.";
            case CUSTOMER_WATCH_FLAGGED -> "A tier evaluation newly flagged a customer WATCH (churn risk).";
            case COMPLAINT_OPENED -> "A complaint was recorded.";
            case COMPLAINT_SLA_BREACHED -> "A complaint missed its first-contact or feedback deadline.";
            case COMPLAINT_CLOSED -> "A verified complaint was closed.";
            case RETENTION_CASE_CLOSED -> "A retention case ended with an outcome.";
            case FOLLOW_UP_GAVE_UP -> "A call task ran out of tries without reaching the customer.";
        };
    }

    private static Schema data(WebhookEvent event) {
        Map<String, Schema> p = new LinkedHashMap<>();
        switch (event) {
            case CUSTOMER_TIER_CHANGED -> {
                p.put("customerId", uuid("The customer"));
                p.put("managerId", nullable(uuid("The customer's manager, if any")));
                p.put("fromTier", enumeration("The tier before the run", Tier.values()));
                p.put("toTier", enumeration("The tier after the run", Tier.values()));
                p.put("evaluationId", uuid("The tier evaluation run"));
                p.put("policyVersion", integer("The tier policy version the run applied"));
            }
            case CUSTOMER_WATCH_FLAGGED -> {
                p.put("customerId", uuid("The customer"));
                p.put("managerId", nullable(uuid("The customer's manager, if any")));
                p.put("tier", enumeration("The customer's tier after the run", Tier.values()));
                p.put("evaluationId", uuid("The tier evaluation run"));
                p.put("policyVersion", integer("The tier policy version the run applied"));
            }
            case COMPLAINT_OPENED -> {
                complaint(p);
                p.put("category", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The complaint category's code (GET /api/v1/complaint-categories)"));
            }
            case COMPLAINT_SLA_BREACHED -> {
                complaint(p);
                p.put("clock", enumeration("The clock that ran out: first contact or feedback",
                        ComplaintBreach.values()));
            }
            case COMPLAINT_CLOSED -> complaint(p);
            case RETENTION_CASE_CLOSED -> {
                p.put("caseId", uuid("The retention case"));
                p.put("customerId", uuid("The customer"));
                p.put("managerId", uuid("The case's manager"));
                p.put("outcome", enumeration("How the case ended", RetentionOutcome.values()));
            }
            case FOLLOW_UP_GAVE_UP -> {
                p.put("followUpId", uuid("The call task"));
                p.put("customerId", uuid("The customer"));
                p.put("assigneeId", nullable(uuid("Whose task it was, if anyone's")));
                p.put("purpose", enumeration("What the call was for", FollowUpPurpose.values()));
                p.put("attempts", integer("The failed tries"));
            }
        }
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(p)
                .required(List.copyOf(p.keySet()))
                .description("The facts of " + event.wireName + ": ids and codes only, no personal data.");
    }

    private static void complaint(Map<String, Schema> p) {
        p.put("complaintId", uuid("The complaint"));
        p.put("customerId", uuid("The customer"));
        p.put("ownerId", uuid("The complaint's owner"));
    }

    private static Schema payload(WebhookEvent event, String name) {
        Map<String, Schema> p = new LinkedHashMap<>();
        p.put("id", uuid("The event's id: the same for every webhook that hears it"));
        p.put("event", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.of(event.wireName)));
        p.put("occurredAt", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                .description("When it happened"));
        p.put("data", ref(name + "Data"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).properties(p)
                .required(List.copyOf(p.keySet()))
                .description("The body POSTed for " + event.wireName + ".");
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true)
                .description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema uuid(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").description(description);
    }

    private static Schema nullable(Schema schema) {
        return schema.addType(Schema.SchemaType.NULL);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").description(description);
    }

    private static Schema enumeration(String description, Enum<?>[] values) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }

    private static String pascal(String wireName) {
        StringBuilder name = new StringBuilder();
        for (String part : wireName.split("[._]")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
