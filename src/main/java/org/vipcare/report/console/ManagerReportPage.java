package org.vipcare.report.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.vipcare.console.FormErrors;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.report.ManagerReport;
import org.vipcare.tier.Tier;

/** What the manager performance page shows: the period as typed and, once it could be read, the report. */
public record ManagerReportPage(String from, String to, FormErrors errors, ManagerReport report, String scope,
        String csvHref, List<Tier> tiers, List<EnterpriseClass> enterpriseClasses) {

    static final Set<String> FIELDS = Set.of("from", "to");

    static ManagerReportPage refused(String from, String to, FormErrors errors) {
        return new ManagerReportPage(from, to, errors, null, null, null, List.of(Tier.values()),
                List.of(EnterpriseClass.values()));
    }

    static ManagerReportPage of(ManagerReport report, String scope) {
        return new ManagerReportPage(report.from().toString(), report.to().toString(), new FormErrors(FIELDS), report,
                scope, "/admin/reports/managers/csv?from=" + report.from() + "&to=" + report.to(),
                List.of(Tier.values()), List.of(EnterpriseClass.values()));
    }

    public boolean hasReport() {
        return report != null;
    }

    public boolean empty() {
        return report == null || report.managers().isEmpty();
    }

    /** A ratio as the width of its bar in percent, at most 100 (an over-served class fills its bar). */
    public int bar(BigDecimal ratio) {
        if (ratio == null) {
            return 0;
        }
        return ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)).intValue();
    }
}
