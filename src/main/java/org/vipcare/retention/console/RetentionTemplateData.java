package org.vipcare.retention.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.retention.ChurnReasonDto;
import org.vipcare.retention.RetentionCaseDto;
import org.vipcare.retention.RetentionEventDto;
import org.vipcare.retention.RetentionOfferDto;
import org.vipcare.retention.RetentionPlaybookDto;
import org.vipcare.retention.RetentionSaveDeskDto;
import org.vipcare.retention.RetentionStatsDto;
import org.vipcare.retention.RetentionWatchCustomerDto;

/** Value resolvers for the retention types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = RetentionCaseDto.class)
@TemplateData(target = RetentionOfferDto.class)
@TemplateData(target = RetentionEventDto.class)
@TemplateData(target = RetentionPlaybookDto.class)
@TemplateData(target = RetentionSaveDeskDto.class)
@TemplateData(target = RetentionWatchCustomerDto.class)
@TemplateData(target = ChurnReasonDto.class)
@TemplateData(target = RetentionStatsDto.class)
@TemplateData(target = RetentionStatsDto.Group.class)
final class RetentionTemplateData {

    private RetentionTemplateData() {
    }
}
