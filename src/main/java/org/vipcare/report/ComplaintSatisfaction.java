package org.vipcare.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The satisfaction analysis of a quarter or year (年度汇报：客户满意度分析): the verification calls' answers (1–5) about
 * the complaints received in the period, by the complaint's category and by its owner. rated counts the answers,
 * dissatisfied those of 2 or less (what opens an opinion to answer, SPEC 8); averages have two places.
 */
public record ComplaintSatisfaction(List<ByCategory> byCategory, List<ByStaff> byStaff) {

    public record ByCategory(String category, BigDecimal average, long rated, long dissatisfied) {
    }

    public record ByStaff(UUID userId, String displayName, String department, BigDecimal average, long rated,
            long dissatisfied) {
    }

    public boolean isEmpty() {
        return byCategory.isEmpty();
    }
}
