package org.vipcare.tier.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.tier.Entitlements;
import org.vipcare.tier.TierDistribution;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierHistoryDto;
import org.vipcare.tier.TierPolicyDto;
import org.vipcare.tier.TierRule;

/** Value resolvers for the tier types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = TierPolicyDto.class)
@TemplateData(target = TierDto.class)
@TemplateData(target = TierRule.class)
@TemplateData(target = Entitlements.class)
@TemplateData(target = TierDistribution.class)
@TemplateData(target = TierDistribution.ServiceTime.class)
@TemplateData(target = TierEvaluationDto.class)
@TemplateData(target = TierHistoryDto.class)
final class TierTemplateData {

    private TierTemplateData() {
    }
}
