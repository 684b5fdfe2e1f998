package org.vipcare.contact.console;

import jakarta.ws.rs.FormParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.contact.BuyingRole;
import org.vipcare.contact.ContactDto;
import org.vipcare.contact.ContactInput;

/** The contact form's fields as typed; {@code version} rides along as If-Match. */
public class ContactForm {

    static final Set<String> FIELDS = Set.of("name", "title", "phones.mobile", "phones.office", "email", "buyingRole",
            "liaison", "birthday", "notes");

    @FormParam("name")
    public String name;
    @FormParam("title")
    public String title;
    @FormParam("phones.mobile")
    public String mobile;
    @FormParam("phones.office")
    public String office;
    @FormParam("email")
    public String email;
    @FormParam("buyingRole")
    public String buyingRole;
    @FormParam("liaison")
    public String liaison;
    @FormParam("birthday")
    public String birthday;
    @FormParam("notes")
    public String notes;
    @FormParam("version")
    public String version;

    static ContactForm blank() {
        return new ContactForm();
    }

    static ContactForm of(ContactDto c) {
        ContactForm form = new ContactForm();
        form.name = c.name();
        form.title = c.title();
        form.mobile = c.phones() == null ? null : c.phones().mobile();
        form.office = c.phones() == null ? null : c.phones().office();
        form.email = c.email();
        form.buyingRole = FormText.text(c.buyingRole());
        form.liaison = c.liaison() ? "true" : null;
        form.birthday = FormText.text(c.birthday());
        form.notes = c.notes();
        form.version = Long.toString(c.version());
        return form;
    }

    /** Whether the liaison box is ticked. */
    public boolean liaisonTicked() {
        return "true".equals(liaison);
    }

    ContactInput toInput(FormErrors errors, ConsoleMessages messages) {
        String mobileText = Text.trimToNull(mobile);
        String officeText = Text.trimToNull(office);
        return new ContactInput(Text.trimToNull(name), Text.trimToNull(title),
                mobileText == null && officeText == null ? null : new ContactInput.Phones(mobileText, officeText),
                Text.trimToNull(email), FormText.choice("buyingRole", BuyingRole.class, buyingRole, errors, messages),
                liaisonTicked(), date("birthday", birthday, errors, messages), Text.trimToNull(notes));
    }

    private static LocalDate date(String field, String text, FormErrors errors, ConsoleMessages messages) {
        if (FormText.blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, messages.invalid_date());
            return null;
        }
    }
}
