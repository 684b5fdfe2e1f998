package org.vipcare.customer.console;

import io.quarkus.qute.TemplateData;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.TimelineEvent;

/** Value resolvers for the customer types the console renders, generated at build time (no reflection needed). */
@TemplateData(target = CustomerDto.class)
@TemplateData(target = CustomerInput.IdDocument.class)
@TemplateData(target = CustomerInput.Phones.class)
@TemplateData(target = CustomerInput.ContactWindow.class)
@TemplateData(target = TimelineEvent.class)
final class CustomerTemplateData {

    private CustomerTemplateData() {
    }
}
