package org.vipcare.contact.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.vipcare.contact.BuyingRole;
import org.vipcare.contact.ContactEventKind;

/** The texts of the contact feature ({@code messages/contact*.properties}): the customer page's Contacts section. */
@MessageBundle(value = "contact", locale = "en")
public interface ContactMessages {

    @Message String section_contacts();
    @Message String contacts_intro();
    @Message String contacts_none();
    @Message String contact_add();
    @Message String contact_edit();
    @Message String contact_delete();
    @Message String contact_delete_confirm();
    @Message String liaison_badge();
    @Message String form_new_title();
    @Message String form_edit_title(String name);
    @Message String form_stale();
    @Message String field_name();
    @Message String field_title();
    @Message String field_mobile();
    @Message String field_office();
    @Message String field_email();
    @Message String field_buying_role();
    @Message String field_liaison();
    @Message String field_birthday();
    @Message String field_birthday_hint();
    @Message String field_notes();
    @Message String masked_note();
    @Message String buying_role(BuyingRole role);
    @Message String buying_role_hint(BuyingRole role);
    @Message String event_kind(ContactEventKind kind);
    @Message String timeline_contact(String what, String name, String role);
    @Message String problem_contact_customer_not_enterprise();
}
