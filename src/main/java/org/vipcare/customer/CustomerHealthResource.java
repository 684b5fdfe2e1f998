package org.vipcare.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.RetryTransient;
import org.vipcare.security.Role;
import org.vipcare.tier.CustomerHealths;
import org.vipcare.tier.HealthDto;

/**
 * A customer's health score with its components (API.md Wave 2), as the last tier evaluation computed it. What lies
 * behind the score (complaints, satisfaction, spend) is the manager's work: an agent reads its own customers only, and
 * integration clients, which push customers and consumption, none.
 */
@Path("/api/v1/customers/{id}/health")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
@RetryTransient
public class CustomerHealthResource {

    private final CustomerService customers;
    private final CustomerHealths healths;

    public CustomerHealthResource(CustomerService customers, CustomerHealths healths) {
        this.customers = customers;
        this.healths = healths;
    }

    @GET
    @Operation(operationId = "getCustomerHealth", summary = "The customer's health score and its components",
            description = "The score (0-100) is the rounded sum of six components, each 0-100 and weighted by the "
                    + "tier policy (healthWeights; defaults in percent): RECENCY 25 — 100 while the whole days since "
                    + "the last consumption record, reached call or visit made are at most the customer's own "
                    + "interval (window "
                    + "days / records in the window, the whole window when none), falling linearly to 0 at three "
                    + "intervals, 0 with no activity in the window; SPEND_TREND 25 — spend of the last 90 days as a "
                    + "percentage of the 90 days before, capped at 100 (100 when only the last 90 days had spend, 50 "
                    + "when neither had); COMPLAINTS 20 — 100 − 25 × (open complaints + missed SLA clocks of the "
                    + "complaints received in the last 180 days), at least 0; SATISFACTION 15 — (average "
                    + "satisfaction 1-5 of the last three reached calls that recorded one − 1) × 25, 50 when none; "
                    + "RETENTION 10 — 100 without an open retention case, else 0; TENURE 5 — whole months since "
                    + "joining × 100 / 24, at most 100. trend compares with the previous evaluation: UP or DOWN by 5 "
                    + "or more, else FLAT. Before the customer's first evaluation score, trend and evaluatedAt are "
                    + "null and components empty. An agent reads its own customers only (403 "
                    + "customer.read.not-yours); integration clients have no access. 404 for an unknown or erased "
                    + "customer.")
    @APIResponse(responseCode = "200", description = "The health",
            content = @Content(schema = @Schema(implementation = HealthDto.class)))
    @APIResponse(responseCode = "403", description = "An agent asking about another manager's customer")
    @APIResponse(responseCode = "404", description = "Unknown or erased")
    public HealthDto get(@PathParam("id") UUID id) {
        customers.requireWriter(customers.live(id));
        return healths.of(id);
    }
}
