package org.vipcare.customer.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.common.Text;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.customer.ValueOrientation;

/**
 * The customer form as the browser sends it: every field as typed, so that a wrong date comes back to the user
 * with a message instead of failing the request. Input names are the API's field paths.
 */
public class CustomerForm {

    /** Every field the form has an input for; messages for others go to the form's summary. */
    static final Set<String> FIELDS = Set.of("externalRef", "name", "type", "idDocument.type", "idDocument.number",
            "phones.mobile", "phones.office", "phones.home", "email", "address", "birthday", "preferredChannel",
            "preferredContactWindow.from", "preferredContactWindow.to", "paymentType", "joinedAt", "managerId",
            "language", "notes", "communicationStyle", "valueOrientation", "enterpriseClass", "industry",
            "memberCount", "interests", "referredById");
    /** How the interests field separates its tags: commas or semicolons, Chinese or Latin. */
    static final String TAG_SEPARATORS = "[,;，；、]";

    @RestForm public String externalRef;
    @RestForm public String name;
    @RestForm public String type;
    @RestForm("idDocument.type") public String idType;
    @RestForm("idDocument.number") public String idNumber;
    @RestForm("phones.mobile") public String mobile;
    @RestForm("phones.office") public String office;
    @RestForm("phones.home") public String home;
    @RestForm public String email;
    @RestForm public String address;
    @RestForm public String birthday;
    @RestForm public String preferredChannel;
    @RestForm("preferredContactWindow.from") public String contactFrom;
    @RestForm("preferredContactWindow.to") public String contactTo;
    @RestForm public String paymentType;
    @RestForm public String joinedAt;
    @RestForm public String managerId;
    @RestForm public String language;
    @RestForm public String notes;
    @RestForm public String communicationStyle;
    @RestForm public String valueOrientation;
    @RestForm public String enterpriseClass;
    @RestForm public String industry;
    @RestForm public String memberCount;
    @RestForm public String interests;
    @RestForm public String referredById;
    /** The version the user started editing from; sent to the service as If-Match. */
    @RestForm public String version;

    /** An empty form for a new customer: an individual joining today. */
    static CustomerForm blank(LocalDate today) {
        CustomerForm form = new CustomerForm();
        form.type = CustomerType.INDIVIDUAL.name();
        form.joinedAt = today.toString();
        return form;
    }

    /** The form filled with a customer's current data, for editing. */
    static CustomerForm of(CustomerDto c) {
        CustomerForm form = new CustomerForm();
        form.externalRef = c.externalRef();
        form.name = c.name();
        form.type = FormText.text(c.type());
        if (c.idDocument() != null) {
            form.idType = FormText.text(c.idDocument().type());
            form.idNumber = c.idDocument().number();
        }
        if (c.phones() != null) {
            form.mobile = c.phones().mobile();
            form.office = c.phones().office();
            form.home = c.phones().home();
        }
        form.email = c.email();
        form.address = c.address();
        form.birthday = FormText.text(c.birthday());
        form.preferredChannel = FormText.text(c.preferredChannel());
        if (c.preferredContactWindow() != null) {
            form.contactFrom = FormText.text(c.preferredContactWindow().from());
            form.contactTo = FormText.text(c.preferredContactWindow().to());
        }
        form.paymentType = FormText.text(c.paymentType());
        form.joinedAt = FormText.text(c.joinedAt());
        form.managerId = FormText.text(c.managerId());
        form.language = c.language();
        form.notes = c.notes();
        form.communicationStyle = FormText.text(c.communicationStyle());
        form.valueOrientation = FormText.text(c.valueOrientation());
        form.enterpriseClass = FormText.text(c.enterpriseClass());
        form.industry = c.industry();
        form.memberCount = FormText.text(c.memberCount());
        form.interests = c.interests() == null ? null : String.join(", ", c.interests());
        form.referredById = FormText.text(c.referredById());
        form.version = Long.toString(c.version());
        return form;
    }

    /** The API input these fields mean; values that cannot be read are left out and reported in {@code errors}. */
    CustomerInput toInput(FormErrors errors, ConsoleMessages messages) {
        Reader read = new Reader(errors, messages);
        IdDocumentType documentType = read.choice("idDocument.type", idType, IdDocumentType.class);
        CustomerInput.IdDocument idDocument = FormText.blank(idType) && FormText.blank(idNumber) ? null
                : new CustomerInput.IdDocument(documentType, Text.trimToNull(idNumber));
        CustomerInput.Phones phones = FormText.blank(mobile) && FormText.blank(office) && FormText.blank(home) ? null
                : new CustomerInput.Phones(Text.trimToNull(mobile), Text.trimToNull(office), Text.trimToNull(home));
        LocalTime from = read.value("preferredContactWindow.from", contactFrom, LocalTime::parse,
                messages.invalid_time());
        LocalTime to = read.value("preferredContactWindow.to", contactTo, LocalTime::parse, messages.invalid_time());
        CustomerInput.ContactWindow window = from == null && to == null ? null
                : new CustomerInput.ContactWindow(from, to);
        return new CustomerInput(Text.trimToNull(externalRef), Text.trimToNull(name),
                read.choice("type", type, CustomerType.class), idDocument, phones, Text.trimToNull(email),
                Text.trimToNull(address),
                read.value("birthday", birthday, LocalDate::parse, messages.invalid_date()),
                read.choice("preferredChannel", preferredChannel, ContactChannel.class), window,
                read.choice("paymentType", paymentType, PaymentType.class),
                read.value("joinedAt", joinedAt, LocalDate::parse, messages.invalid_date()),
                read.value("managerId", managerId, UUID::fromString, messages.invalid_choice()),
                Text.trimToNull(language), Text.trimToNull(notes),
                read.choice("communicationStyle", communicationStyle, CommunicationStyle.class),
                read.choice("valueOrientation", valueOrientation, ValueOrientation.class),
                read.choice("enterpriseClass", enterpriseClass, EnterpriseClass.class), Text.trimToNull(industry),
                read.value("memberCount", memberCount, Integer::valueOf, messages.invalid_whole_number()),
                FormText.blank(interests) ? List.of() : Arrays.stream(interests.split(TAG_SEPARATORS))
                        .map(String::trim).filter(tag -> !tag.isEmpty()).toList(),
                read.value("referredById", referredById, UUID::fromString, messages.invalid_choice()));
    }

    /** Parses typed text, noting what cannot be parsed. */
    private record Reader(FormErrors errors, ConsoleMessages messages) {

        <T> T value(String field, String text, Function<String, T> parse, String message) {
            if (FormText.blank(text)) {
                return null;
            }
            try {
                return parse.apply(text.trim());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                errors.add(field, message);
                return null;
            }
        }

        <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
            return value(field, text, t -> Enum.valueOf(type, t), messages.invalid_choice());
        }
    }
}
