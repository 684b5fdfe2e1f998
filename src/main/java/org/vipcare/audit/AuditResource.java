package org.vipcare.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.QueryParams;
import org.vipcare.security.Role;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read unmasked data, logins, role changes, exports, erasures and handovers.")
@RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
public class AuditResource {

    private final AuditLog audit;
    private final BusinessTime time;

    public AuditResource(AuditLog audit, BusinessTime time) {
        this.audit = audit;
        this.time = time;
    }

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "Who read which customer's unmasked data, logins, role changes, exports, erasures and "
            + "complaint handovers",
            description = "Newest first; action filters on one of LOGIN, LOGIN_FAILED, LOGOUT (a console sign-out), LOGIN_REFUSED (the right password "
                    + "where the user's roles do not allow in, e.g. INTEGRATION at the console), READ_UNMASKED, "
                    + "EXPORT (customer export, complaint report CSV), ERASE, USER_CREATED, USER_UPDATED, ROLE_CHANGE, "
                    + "USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED, SESSION_REVOKED, REFRESH_TOKEN_REUSED, "
                    + "COMPLAINT_HANDOVER (customerId: the complaint's customer; detail: the complaint, from whom to "
                    + "whom, and the note), SEARCH_BY_PHONE (a caller who sees the customer masked found it by its "
                    + "complete phone number). Entries cannot be changed or deleted through "
                    + "any interface.")
    public Page<AuditEntryDto> search(@QueryParam("customerId") String customerId,
            @Parameter(description = "A username") @QueryParam("actor") String actor,
            @Parameter(schema = @Schema(implementation = AuditAction.class)) @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @BeanParam PageRequest paging) {
        return audit.search(QueryParams.uuid("customerId", customerId), actor,
                QueryParams.enumValue("action", AuditAction.class, action),
                QueryParams.instant("from", from, time.zone()), QueryParams.instant("to", to, time.zone()), paging);
    }
}
