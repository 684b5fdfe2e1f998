package org.vipcare.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.Text;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.CustomerType;
import org.vipcare.security.CurrentUser;

/**
 * The contacts of enterprise customers. Read by whoever reads the customer, phones and email masked as the customer's
 * are; written by whoever may write the customer (its manager, supervisors, admins), see {@link CustomerService}.
 * Only an ENTERPRISE customer has contacts. Every change is an entry of the customer's timeline.
 */
@ApplicationScoped
@Transactional
public class ContactService {

    /** The order the customer page groups them in: decision makers first (see {@link BuyingRole}). */
    static final String ROLE_ORDER = "case buyingRole" + Arrays.stream(BuyingRole.values())
            .map(role -> " when " + BuyingRole.class.getName() + "." + role + " then " + role.ordinal())
            .collect(Collectors.joining()) + " end";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "buyingRole", ROLE_ORDER);

    private final EntityManager em;
    private final Clock clock;
    private final CustomerService customers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public ContactService(EntityManager em, Clock clock, CustomerService customers, CurrentUser caller,
            AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.customers = customers;
        this.caller = caller;
        this.audit = audit;
    }

    /** The customer's contacts for the caller, personal data in full only when it may see the customer in full. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContactDto> list(UUID customerId, PageRequest request, String endpoint) {
        PageRequest.Paging paging = request.resolve(SORTABLE, ROLE_ORDER + " asc");
        Customer customer = enterprise(customerId);
        boolean unmasked = customers.mayUnmask(customer);
        String direction = paging.ascending() ? " asc" : " desc";
        String orderBy = paging.orderBy().substring(0, paging.orderBy().lastIndexOf(' '));
        // by role the list reads like an organisation chart: the liaison first in its group, then by name
        String order = orderBy.startsWith("case") ? orderBy + direction + ", liaison desc, name, id"
                : orderBy + direction + ", id";
        var query = Contact.<Contact>find("customerId = ?1 order by " + order, customerId);
        List<ContactDto> items = query.page(paging.page(), paging.size()).list().stream()
                .map(c -> ContactDto.from(c, unmasked)).toList();
        if (unmasked && items.stream().anyMatch(c -> c.phones() != null || c.email() != null)) {
            audit.record(caller.username(), AuditAction.READ_UNMASKED, customerId, endpoint, "contacts");
        }
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactDto read(UUID customerId, UUID contactId, String endpoint) {
        Customer customer = enterprise(customerId);
        boolean unmasked = customers.mayUnmask(customer);
        Contact contact = Contact.findOf(customerId, contactId)
                .orElseThrow(() -> ProblemException.notFound("contact", contactId));
        if (unmasked && (contact.mobile != null || contact.officePhone != null || contact.email != null)) {
            audit.record(caller.username(), AuditAction.READ_UNMASKED, customerId, endpoint, "contact");
        }
        return ContactDto.from(contact, unmasked);
    }

    /** Whether the caller sees the customer's contacts in full. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayUnmask(UUID customerId) {
        return customers.mayUnmask(customers.live(customerId));
    }

    public Contact create(UUID customerId, ContactInput input) {
        Customer customer = writable(customerId);
        Contact contact = new Contact();
        Instant now = clock.instant();
        contact.stampNew(now);
        contact.customerId = customer.id;
        apply(contact, input);
        contact.persist();
        ContactEvent.of(contact, ContactEventKind.ADDED, caller.id(), now).persist();
        em.flush();
        return contact;
    }

    public Contact update(UUID customerId, UUID contactId, ContactInput input, String ifMatch) {
        Contact contact = writable(customerId, contactId, ifMatch);
        apply(contact, input);
        contact.updatedAt = clock.instant();
        ContactEvent.of(contact, ContactEventKind.CHANGED, caller.id(), contact.updatedAt).persist();
        em.flush();
        return contact;
    }

    public void delete(UUID customerId, UUID contactId, String ifMatch) {
        Contact contact = writable(customerId, contactId, ifMatch);
        ContactEvent.of(contact, ContactEventKind.REMOVED, caller.id(), clock.instant()).persist();
        contact.delete();
    }

    /** 403 unless the caller may change the customer's contacts; 409 unless the customer is an enterprise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireWriter(UUID customerId) {
        writable(customerId);
    }

    /** The contact as its writer sees it, for an edit form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactDto readForEdit(UUID customerId, UUID contactId) {
        writable(customerId);
        return ContactDto.from(Contact.findOf(customerId, contactId)
                .orElseThrow(() -> ProblemException.notFound("contact", contactId)), true);
    }

    /** The live customer, or 404; 409 when it is not an enterprise, which alone has contacts. */
    private Customer enterprise(UUID customerId) {
        Customer customer = customers.live(customerId);
        if (Customer.count("id = ?1 and type = ?2", customerId, CustomerType.ENTERPRISE) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "contact.customer-not-enterprise",
                    "Customer " + customerId + " is not an enterprise: only ENTERPRISE customers have contacts.");
        }
        return customer;
    }

    private Customer writable(UUID customerId) {
        Customer customer = customers.live(customerId);
        customers.requireWriter(customer);
        return enterprise(customerId);
    }

    private Contact writable(UUID customerId, UUID contactId, String ifMatch) {
        writable(customerId);
        Contact contact = Contact.findOf(customerId, contactId)
                .orElseThrow(() -> ProblemException.notFound("contact", contactId));
        ETags.requireMatch(ifMatch, contact.version, "contact");
        return contact;
    }

    private static void apply(Contact contact, ContactInput input) {
        ContactInput.Phones phones = input.phones();
        String mobile = phones == null ? null : Text.trimToNull(phones.mobile());
        String office = phones == null ? null : Text.trimToNull(phones.office());
        String email = Text.trimToNull(input.email());
        Problem.Violations violations = new Problem.Violations();
        // read masked and sent back, a value would overwrite the real one with the mask (as a customer's phones)
        if (mobile != null && mobile.contains("*")) {
            violations.add("phones.mobile", "customer.masked-value", CustomerInput.MASK_REFUSED);
        }
        if (office != null && office.contains("*")) {
            violations.add("phones.office", "customer.masked-value", CustomerInput.MASK_REFUSED);
        }
        if (email != null && email.contains("*")) {
            violations.add("email", "customer.masked-value", CustomerInput.MASK_REFUSED);
        }
        violations.throwIfAny();
        contact.name = input.name().trim();
        contact.title = Text.trimToNull(input.title());
        contact.mobile = mobile;
        contact.officePhone = office;
        contact.email = email;
        contact.buyingRole = input.buyingRole();
        contact.liaison = Boolean.TRUE.equals(input.liaison());
        contact.birthday = input.birthday();
        contact.notes = Text.trimToNull(input.notes());
    }
}
