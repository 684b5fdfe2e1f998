package org.vipcare.complaint.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.complaint.ComplaintCategoryDto;
import org.vipcare.complaint.ComplaintDto;
import org.vipcare.complaint.ComplaintEventDto;

/** Value resolvers for the complaint types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = ComplaintDto.class)
@TemplateData(target = ComplaintEventDto.class)
@TemplateData(target = ComplaintCategoryDto.class)
final class ComplaintTemplateData {

    private ComplaintTemplateData() {
    }
}
