package org.vipcare.customer.console;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalTime;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.IdDocumentType;

/** A customer's optional parts, null when absent (so that templates can say "—"), and its tenure as people say it. */
@TemplateExtension
public class CustomerTemplateExtensions {

    private CustomerTemplateExtensions() {
    }

    static String mobile(CustomerDto c) {
        return c.phones() == null ? null : c.phones().mobile();
    }

    static String office(CustomerDto c) {
        return c.phones() == null ? null : c.phones().office();
    }

    static String home(CustomerDto c) {
        return c.phones() == null ? null : c.phones().home();
    }

    static IdDocumentType idType(CustomerDto c) {
        return c.idDocument() == null ? null : c.idDocument().type();
    }

    static String idNumber(CustomerDto c) {
        return c.idDocument() == null ? null : c.idDocument().number();
    }

    static LocalTime contactFrom(CustomerDto c) {
        return c.preferredContactWindow() == null ? null : c.preferredContactWindow().from();
    }

    static LocalTime contactTo(CustomerDto c) {
        return c.preferredContactWindow() == null ? null : c.preferredContactWindow().to();
    }

    static int tenureYears(CustomerDto c) {
        return c.tenureMonths() / 12;
    }

    static int tenureMonthsOver(CustomerDto c) {
        return c.tenureMonths() % 12;
    }

    /** The customer page's address, ready for the timeline pager to append {@code page=N}. */
    static String timelineBase(CustomerDto c) {
        return "/admin/customers/" + c.id() + "?";
    }

    /** How the customer reads in a search box once picked ({@link CustomerChoice#label}). */
    static String label(CustomerDto c) {
        return CustomerChoice.label(c.name(), c.externalRef());
    }
}
