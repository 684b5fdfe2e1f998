package org.vipcare.customer.console;

import org.vipcare.console.ConsoleLanguage;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.customer.ValueOrientation;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.Tier;

/** The values offered by the console's pickers and filters, in the order they are offered. */
@TemplateGlobal
public final class ConsoleChoices {

    public static final List<CustomerType> customerTypes = List.of(CustomerType.values());
    public static final List<Tier> tiers = List.of(Tier.values());
    public static final List<LifecycleStage> lifecycleStages = List.of(LifecycleStage.values());
    public static final List<IdDocumentType> idDocumentTypes = List.of(IdDocumentType.values());
    public static final List<ContactChannel> contactChannels = List.of(ContactChannel.values());
    public static final List<PaymentType> paymentTypes = List.of(PaymentType.values());
    public static final List<CommunicationStyle> communicationStyles = List.of(CommunicationStyle.values());
    public static final List<ValueOrientation> valueOrientations = List.of(ValueOrientation.values());
    public static final List<String> languages = ConsoleLanguage.SHIPPED;

    private ConsoleChoices() {
    }
}
