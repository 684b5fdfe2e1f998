package org.vipcare.consumption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.Idempotency;
import org.vipcare.common.RetryTransient;
import org.vipcare.common.SharedHeaders;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

@Path("/api/v1/consumption-records")
@Tag(name = "Consumption", description = "Spend and visit records sent by billing and dealer systems.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.INTEGRATION_, Role.ADMIN_ })
@RetryTransient
public class ConsumptionResource {

    private final ConsumptionService consumption;
    private final Idempotency idempotency;
    private final CurrentUser caller;

    public ConsumptionResource(ConsumptionService consumption, Idempotency idempotency, CurrentUser caller) {
        this.consumption = consumption;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Transactional
    @Operation(operationId = "recordConsumption", summary = "Send up to 1000 spend/visit records",
            description = "Valid records are stored, invalid ones reported by index; an externalId already stored is "
                    + "counted as a duplicate, so re-sending a batch is harmless. A new record with purpose PURCHASE or REPAIR "
                    + "makes one after-call (AFTER_PURCHASE, AFTER_REPAIR) for the customer's manager.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two records", value = """
            [{"customerExternalRef":"CRM-100234","occurredAt":"2026-11-20T10:15:00+08:00","amount":388.00,
              "kind":"BOTH","externalId":"POS-778812","purpose":"PURCHASE"},
             {"customerExternalRef":"CRM-100234","occurredAt":"2026-11-21T09:00:00+08:00","kind":"VISIT",
              "externalId":"VISIT-1201"}]""")))
    @APIResponse(responseCode = "200", description = "Counts stored, duplicate and rejected; rejected records by index",
            content = @Content(schema = @Schema(implementation = ConsumptionResult.class)))
    public Response record(@NotNull @Size(min = 1, max = ConsumptionService.MAX_BATCH) List<ConsumptionRecordInput> batch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.run(idempotencyKey, caller.username(), "POST /api/v1/consumption-records", batch,
                () -> Response.ok(consumption.record(batch)).build());
    }
}
