package org.vipcare.customer.console;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.customer.ValueOrientation;

/** The values offered by the customer pickers and filters, in the order they are offered. */
@TemplateGlobal
public final class CustomerChoices {

    public static final List<CustomerType> customerTypes = List.of(CustomerType.values());
    public static final List<IdDocumentType> idDocumentTypes = List.of(IdDocumentType.values());
    public static final List<ContactChannel> contactChannels = List.of(ContactChannel.values());
    public static final List<PaymentType> paymentTypes = List.of(PaymentType.values());
    public static final List<CommunicationStyle> communicationStyles = List.of(CommunicationStyle.values());
    public static final List<ValueOrientation> valueOrientations = List.of(ValueOrientation.values());
    public static final List<EnterpriseClass> enterpriseClasses = List.of(EnterpriseClass.values());

    private CustomerChoices() {
    }
}
