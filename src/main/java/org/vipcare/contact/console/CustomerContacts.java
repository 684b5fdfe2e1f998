package org.vipcare.contact.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.contact.BuyingRole;
import org.vipcare.contact.ContactDto;
import org.vipcare.contact.ContactService;

/**
 * The Contacts section of an enterprise customer's page ({@code inject:customerContacts.of(customer.id)}): the
 * customer feature knows no contacts, so the page asks for them by name.
 */
@Named("customerContacts")
@ApplicationScoped
public class CustomerContacts {

    static final int SHOWN = 200;

    /** The contacts of one buying role, the liaison first. */
    public record Group(BuyingRole role, List<ContactDto> items) {
    }

    /** What the section shows: the contacts by role as the caller may see them, and whether it may change them. */
    public record Section(List<Group> groups, long total, boolean masked, boolean mayEdit) {
    }

    private final ContactService contacts;

    public CustomerContacts(ContactService contacts) {
        this.contacts = contacts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section of(UUID customerId) {
        Page<ContactDto> page = contacts.list(customerId, PageRequest.of(0, SHOWN, null),
                "GET /admin/customers/" + customerId);
        List<Group> groups = Arrays.stream(BuyingRole.values())
                .map(role -> new Group(role, page.items().stream().filter(c -> c.buyingRole() == role).toList()))
                .filter(group -> !group.items().isEmpty()).toList();
        boolean mayEdit;
        try {
            contacts.requireWriter(customerId);
            mayEdit = true;
        } catch (ProblemException refused) {
            mayEdit = false;
        }
        return new Section(groups, page.total(), !contacts.mayUnmask(customerId), mayEdit);
    }
}
