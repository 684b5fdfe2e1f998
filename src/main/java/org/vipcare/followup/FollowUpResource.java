package org.vipcare.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.QueryParams;
import org.vipcare.security.Role;

@Path("/api/v1/follow-ups")
@Tag(name = "Follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class FollowUpResource {

    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "The follow-up queue, most urgent first",
            description = "An agent sees its own tasks; supervisors and admins filter by assigneeId. Sort: dueAt, "
                    + "createdAt.")
    public Page<FollowUpDto> queue(@QueryParam("assigneeId") String assigneeId, @QueryParam("status") String status,
            @QueryParam("purpose") String purpose, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("customerId") String customerId, @BeanParam PageRequest paging) {
        return followUps.queue(QueryParams.uuid("assigneeId", assigneeId),
                QueryParams.enumValue("status", FollowUpStatus.class, status),
                QueryParams.enumValue("purpose", FollowUpPurpose.class, purpose),
                QueryParams.instant("dueBefore", dueBefore), QueryParams.uuid("customerId", customerId), paging);
    }
}
