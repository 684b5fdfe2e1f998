package org.vipcare.followup;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.security.CurrentUser;

/** The follow-up queue. Agents see the tasks assigned to them; supervisors and admins see every task. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpService {

    private final CurrentUser caller;

    public FollowUpService(CurrentUser caller) {
        this.caller = caller;
    }

    /** Most urgent first: earliest due time on top. */
    public Page<FollowUpDto> queue(UUID assigneeId, FollowUpStatus status, FollowUpPurpose purpose, Instant dueBefore,
            UUID customerId, PageRequest request) {
        PageRequest.Paging paging = request.resolve(Map.of("dueAt", "dueAt", "createdAt", "createdAt"), "dueAt asc");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        UUID assignee = caller.seesEverything() ? assigneeId : caller.id();
        if (assignee != null) {
            where.add("assigneeId = :assignee");
            params.and("assignee", assignee);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (purpose != null) {
            where.add("purpose = :purpose");
            params.and("purpose", purpose);
        }
        if (dueBefore != null) {
            where.add("dueAt < :dueBefore");
            params.and("dueBefore", dueBefore);
        }
        if (customerId != null) {
            where.add("customerId = :customerId");
            params.and("customerId", customerId);
        }
        String[] order = paging.orderBy().split(" ");
        Sort sort = Sort.by(order[0], paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var query = where.isEmpty() ? FollowUp.<FollowUp>findAll(sort)
                : FollowUp.<FollowUp>find(String.join(" and ", where), sort, params);
        List<FollowUpDto> items = query.page(paging.page(), paging.size()).list().stream().map(FollowUpDto::from)
                .toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }
}
