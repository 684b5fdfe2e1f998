package org.vipcare.retention.console;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.retention.ChurnReasonDto;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionSaveDeskDto;
import org.vipcare.retention.RetentionStage;

/** The retention start page: the save desk queue, and the case list with its filters. */
public record RetentionListPage(Page<RetentionSaveDeskDto> desk, Page<RetentionCaseDto> cases,
        RetentionListQuery query, List<ChurnReasonDto> reasons, Map<String, String> reasonNames,
        CustomerNames customerNames, boolean mayDashboard) {

    public List<RetentionStage> stages() {
        return List.of(RetentionStage.values());
    }

    public List<RetentionOutcome> outcomes() {
        return List.of(RetentionOutcome.values());
    }

    public boolean isStage(RetentionStage s) {
        return s.name().equals(query.stage());
    }

    public boolean isOutcome(RetentionOutcome o) {
        return o.name().equals(query.outcome());
    }

    public String reasonName(String code) {
        return code == null ? null : reasonNames.getOrDefault(code, code);
    }

    public String customerName(UUID id) {
        return Objects.requireNonNullElse(customerNames.of(id), id.toString().substring(0, 8));
    }

    public String reason() {
        return query.reason();
    }

    public String pagerBase() {
        return query.sort().pageBase();
    }
}
