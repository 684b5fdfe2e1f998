package org.vipcare.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.ETags;
import org.vipcare.common.Idempotency;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.common.SqlList;
import org.vipcare.common.Text;
import org.vipcare.common.VipCareConfig;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.tier.TierHistory;
import org.vipcare.tier.TierHistoryDto;

/**
 * Customers: create, change, read (masked unless the caller may see personal data, audited when unmasked), list,
 * erase. Who may do what follows API.md: agents write only their own customers.
 */
@ApplicationScoped
@Transactional
public class CustomerService {

    static final Map<String, String> SORTABLE = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("joinedAt", "joined_at"), Map.entry("createdAt", "created_at"),
            Map.entry("updatedAt", "updated_at"), Map.entry("externalRef", "external_ref"), Map.entry("tier", "tier"),
            Map.entry("valueClass", "value_class"), Map.entry("enterpriseClass", "enterprise_class"),
            Map.entry("memberCount", "member_count"), Map.entry("relationshipValue", RelationshipValue.SQL),
            Map.entry("healthScore", "health_score"));

    /** Up to this many matches a list page sorts the matches rather than walk an index (CustomerReads.page). */
    static final long FEW_MATCHES = 1_000;

    private final EntityManager em;
    private final Clock clock;
    private final CurrentUser caller;
    private final AuditLog audit;
    private final BusinessTime time;
    private final CustomerCounts counts;
    private final Event<CustomerErased> erased;
    private final Event<CustomerManagerChanged> managerChanged;
    private final Idempotency idempotency;
    private final RelationshipValue relationshipValues;
    private final CustomerReads reads;

    public CustomerService(EntityManager em, Clock clock, CurrentUser caller, AuditLog audit, BusinessTime time,
            CustomerCounts counts, Event<CustomerErased> erased, Idempotency idempotency,
            Event<CustomerManagerChanged> managerChanged, RelationshipValue relationshipValues, CustomerReads reads) {
        this.reads = reads;
        this.managerChanged = managerChanged;
        this.relationshipValues = relationshipValues;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
        this.time = time;
        this.counts = counts;
        this.erased = erased;
        this.idempotency = idempotency;
    }

    /** The business day: what a join date defaults to and what lifecycle stages count from. */
    public LocalDate today() {
        return time.today();
    }

    public Customer create(CustomerInput input) {
        Customer customer = new Customer();
        customer.stampNew(clock.instant());
        UUID managerId = input.managerId();
        if (caller.is(Role.AGENT) && !caller.seesEverything()) {
            if (managerId != null && !managerId.equals(caller.id())) {
                throw ProblemException.forbidden("customer.create.not-own",
                        "An agent creates customers for itself; a supervisor assigns others.");
            }
            managerId = caller.id();
        }
        apply(customer, input, managerId);
        requireUniqueExternalRef(customer);
        customer.persist();
        TierHistory.firstTier(customer.id, customer.createdAt).persist();
        em.flush();
        return customer;
    }

    public Customer update(UUID id, CustomerInput input, String ifMatch) {
        Customer customer = live(id);
        requireWriter(customer);
        ETags.requireMatch(ifMatch, customer.version, "customer");
        UUID managerId = input.managerId();
        boolean agentOnly = caller.is(Role.AGENT) && !caller.seesEverything();
        if (agentOnly && managerId == null) {
            managerId = customer.managerId;
        }
        if (agentOnly && !Objects.equals(managerId, customer.managerId)) {
            throw ProblemException.forbidden("customer.reassign.not-supervisor",
                    "Only a supervisor reassigns a customer to another manager.");
        }
        apply(customer, input, managerId);
        customer.updatedAt = clock.instant();
        requireUniqueExternalRef(customer);
        em.flush();
        return customer;
    }

    /** Reads one customer for the caller, writing an audit entry when personal data is shown in full. */
    public CustomerDto read(UUID id, String endpoint) {
        return read(id, endpoint, null);
    }

    /**
     * Reads one customer for a client that may hold a copy: when {@code ifNoneMatch} names the current version the
     * answer is a 304 that discloses nothing new, so no unmasked read is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerDto read(UUID id, String endpoint, String ifNoneMatch) {
        CustomerReads.Read read = reads.live(id).orElseThrow(() -> ProblemException.notFound("customer", id));
        Customer customer = read.customer();
        boolean unmasked = shownInFull(customer);
        if (unmasked && !ETags.matches(ifNoneMatch, Long.toString(customer.version))) {
            audit.recordReads(caller.username(), endpoint,
                    List.of(new AuditLog.Read(AuditAction.READ_UNMASKED, id, null)));
        }
        // time and shownInFull, not today() and mayUnmask(): each call of this bean's own methods would open a
        // transaction (the class is @Transactional), and this read needs none.
        return CustomerDto.from(customer, unmasked, time.today(), read.relationshipValue());
    }

    /**
     * Reads one customer for someone about to call them. Shown in full to whoever may unmask it, and to the person
     * whose work the call is ({@code callersWork}: the complaint's owner, the call's assignee, the case's manager),
     * who cannot call a masked number; a read in full is audited like any other.
     */
    public CustomerDto readForCall(UUID id, boolean callersWork, String endpoint) {
        Customer customer = live(id);
        boolean unmasked = callersWork || mayUnmask(customer);
        if (unmasked) {
            audit.record(caller.username(), AuditAction.READ_UNMASKED, id, endpoint, "call");
        }
        return dto(customer, unmasked);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CustomerDto> list(CustomerFilter filter, PageRequest request, String endpoint) {
        PageRequest.Paging paging = request.resolve(SORTABLE, "created_at desc");
        SqlList where = filter.toSql(time.today(), phoneSearch());
        // Standing filters alone are counted without the customer table: a join would read both for every row.
        SqlList counted = filter.onStandingOnly() ? filter.toStandingSql() : where;
        String countedFrom = filter.onStandingOnly() ? Customer.STANDING : Customer.WITH_STANDING;
        long total = counts.total(counted,
                () -> counted.countOrEstimate(em, countedFrom, CustomerCounts.EXACT_BELOW));
        List<CustomerReads.Read> rows = reads.page(where, filter.orderBy(paging.orderBy()), paging,
                total <= FEW_MATCHES);
        return new Page<>(shown(rows, filter, endpoint), paging.page(), paging.size(), total);
    }

    /**
     * The first {@code limit} customers the list would show for {@code q} (newest first), without its total: the
     * console's pickers and caller box suggest a few and never count. Same search, masking and audit as the list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomerDto> lookUp(String q, int limit, String endpoint) {
        CustomerFilter filter = CustomerFilter.parse(q, null, null, null, null, null, null, null);
        if (filter.q() == null) {
            return List.of();
        }
        PageRequest.Paging paging = PageRequest.of(0, limit, null).resolve(SORTABLE, "created_at desc");
        List<CustomerReads.Read> rows = reads.page(filter.toSql(time.today(), phoneSearch()),
                filter.orderBy(paging.orderBy()), paging, false);
        return shown(rows, filter, endpoint);
    }

    /**
     * The rows as the caller may see them, with an audit entry for each one shown unmasked or found by phone: all in
     * one insert, durable before anything is shown.
     */
    private List<CustomerDto> shown(List<CustomerReads.Read> rows, CustomerFilter filter, String endpoint) {
        LocalDate today = time.today();
        List<AuditLog.Read> audited = new ArrayList<>();
        List<CustomerDto> shown = new ArrayList<>(rows.size());
        for (CustomerReads.Read row : rows) {
            Customer c = row.customer();
            boolean unmasked = shownInFull(c);
            if (unmasked) {
                audited.add(new AuditLog.Read(AuditAction.READ_UNMASKED, c.id, "list"));
            } else if (c.hasPhone(filter.q())) {
                // found by a number the caller does not see: who looked whom up by phone is on record
                audited.add(new AuditLog.Read(AuditAction.SEARCH_BY_PHONE, c.id, null));
            }
            shown.add(CustomerDto.from(c, unmasked, today, row.relationshipValue()));
        }
        audit.recordReads(caller.username(), endpoint, audited);
        return shown;
    }

    /**
     * Erases the customer's personal data and, through {@link CustomerErased}, every text the other features keep
     * about it, in this one transaction; stored idempotent answers that name the customer are forgotten, so a replay
     * cannot bring the record back. Statistics stay.
     */
    public void erase(UUID id, String endpoint) {
        Customer customer = live(id);
        customer.erase(clock.instant());
        erased.fire(new CustomerErased(id, customer.erasedAt));
        idempotency.forgetAnswersNaming(id.toString());
        audit.record(caller.username(), AuditAction.ERASE, id, endpoint, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TierHistoryDto> tierHistory(UUID id, PageRequest request) {
        live(id);
        PageRequest.Paging paging = request.resolve(Map.of("changedAt", "changedAt"), "changedAt desc");
        var query = TierHistory.<TierHistory>find("customerId = ?1 order by changedAt "
                + (paging.ascending() ? "asc" : "desc") + ", id", id);
        List<TierHistoryDto> items = query.page(paging.page(), paging.size()).list().stream()
                .map(TierHistoryDto::from).toList();
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /** The customer as the API shows it, with its relationship value. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerDto dto(Customer customer, boolean unmasked) {
        return CustomerDto.from(customer, unmasked, today(), relationshipValues.of(customer.id));
    }

    /** The live customer, or 404: erased customers are gone for every reader. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer live(UUID id) {
        return Customer.findLive(id).orElseThrow(() -> ProblemException.notFound("customer", id));
    }

    /** The assigned manager, supervisors and admins see phones and id numbers in full. */
    public boolean mayUnmask(Customer customer) {
        return shownInFull(customer);
    }

    private boolean shownInFull(Customer customer) {
        return caller.seesEverything() || (caller.is(Role.AGENT) && customer.isManagedBy(caller.id()));
    }

    /** {@link #mayUnmask} for a whole list: whose phones a search may match by fragment. */
    private CustomerFilter.PhoneSearch phoneSearch() {
        return caller.seesEverything() ? CustomerFilter.PhoneSearch.EVERYONE
                : new CustomerFilter.PhoneSearch(false, caller.is(Role.AGENT) ? caller.id() : null);
    }

    /** Agents change only their own customers; integrations, supervisors and admins change any. */
    public void requireWriter(Customer customer) {
        if (caller.is(Role.AGENT) && !caller.seesEverything() && !customer.isManagedBy(caller.id())) {
            throw ProblemException.forbidden("customer.read.not-yours", "This customer is managed by someone else.");
        }
    }

    /**
     * Copies the descriptive fields; checks the rules that need more than one field or the database. A refusal must
     * not doom the caller's transaction: the CSV import reports it and goes on with the next row.
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = ProblemException.class)
    void apply(Customer customer, CustomerInput input, UUID managerId) {
        Problem.Violations violations = new Problem.Violations();
        if (input.type() == CustomerType.INDIVIDUAL && (input.mobile() == null || input.mobile().isBlank())) {
            violations.add("phones.mobile", "customer.mobile.required", "is required for an individual customer");
        }
        if (managerId != null && User.findWorkOwner(managerId).isEmpty()) {
            violations.add("managerId", "common.unknown-work-owner",
                    "must be the id of an enabled agent or supervisor");
        }
        enterpriseOnly(input, violations);
        UUID referredBy = input.referredById();
        if (referredBy != null && referredBy.equals(customer.id)) {
            violations.add("referredById", "customer.referred-by.self", "must be another customer, not this one");
        } else if (referredBy != null && !referredBy.equals(customer.referredById)
                && Customer.findLive(referredBy).isEmpty()) {
            violations.add("referredById", "customer.referred-by.unknown", "must be the id of an existing customer");
        }
        violations.throwIfAny();
        IdDocumentType docType = input.idDocument() == null ? null : input.idDocument().type();
        String docNumber = input.idDocument() == null ? null
                : Customer.normalisedIdNumber(input.idDocument().number());
        boolean docChanged = !customer.isPersistent() || customer.idDocType != docType
                || !Objects.equals(Customer.normalisedIdNumber(customer.idDocNumber), docNumber);
        if (docChanged && docNumber != null) {
            requireFreeIdDocument(customer, docType, docNumber);
        }
        if (docChanged) {
            customer.idDocDuplicate = false;
        }
        customer.externalRef = Text.trimToNull(input.externalRef());
        customer.name = input.name().trim();
        customer.type = input.type();
        customer.idDocType = docType;
        customer.idDocNumber = docNumber;
        customer.phoneMobile = input.phones() == null ? null : Text.trimToNull(input.phones().mobile());
        customer.phoneOffice = input.phones() == null ? null : Text.trimToNull(input.phones().office());
        customer.phoneHome = input.phones() == null ? null : Text.trimToNull(input.phones().home());
        customer.email = Text.trimToNull(input.email());
        customer.address = Text.trimToNull(input.address());
        customer.birthday = input.birthday();
        customer.preferredChannel = input.preferredChannel();
        customer.contactFrom = input.preferredContactWindow() == null ? null : input.preferredContactWindow().from();
        customer.contactTo = input.preferredContactWindow() == null ? null : input.preferredContactWindow().to();
        customer.paymentType = input.paymentType();
        customer.joinedAt = input.joinedAt() != null ? input.joinedAt()
                : customer.joinedAt != null ? customer.joinedAt : today();
        if (customer.isPersistent() && !Objects.equals(customer.managerId, managerId)) {
            managerChanged.fire(new CustomerManagerChanged(customer.id, customer.managerId, managerId, caller.id(),
                    clock.instant()));
        }
        customer.managerId = managerId;
        customer.language = input.language();
        customer.notes = Text.trimToNull(input.notes());
        customer.communicationStyle = input.communicationStyle();
        customer.valueOrientation = input.valueOrientation();
        customer.enterpriseClass = input.enterpriseClass();
        customer.industry = Text.trimToNull(input.industry());
        customer.memberCount = input.memberCount();
        customer.interests = interests(input.interests());
        customer.referredById = referredBy;
    }

    /** Class, industry and member count belong to enterprise customers: given for another type the body contradicts
     * itself (400, not 409: nothing about the stored state is wrong). */
    private static void enterpriseOnly(CustomerInput input, Problem.Violations violations) {
        if (input.type() == CustomerType.ENTERPRISE) {
            return;
        }
        String message = "is for enterprise customers only (type ENTERPRISE)";
        if (input.enterpriseClass() != null) {
            violations.add("enterpriseClass", "customer.enterprise-field.not-enterprise", message);
        }
        if (Text.trimToNull(input.industry()) != null) {
            violations.add("industry", "customer.enterprise-field.not-enterprise", message);
        }
        if (input.memberCount() != null) {
            violations.add("memberCount", "customer.enterprise-field.not-enterprise", message);
        }
    }

    /** The tags trimmed, in the order given, each once. */
    private static List<String> interests(List<String> given) {
        if (given == null) {
            return new java.util.ArrayList<>();
        }
        return new java.util.ArrayList<>(given.stream().filter(Objects::nonNull).map(String::trim)
                .filter(tag -> !tag.isEmpty()).distinct().toList());
    }

    /**
     * One customer per identity document among those not erased (SPEC 8; V35 enforces it too). The problem names the
     * holder's id only to a caller who may read that customer (every role that may write customers may read any of
     * them, masked) and never the number: the caller typed it, and a masked caller must not learn whose it is in full.
     */
    private void requireFreeIdDocument(Customer customer, IdDocumentType type, String number) {
        Customer holder = Customer.findLiveByIdDocument(type, number, customer.id).orElse(null);
        if (holder == null) {
            return;
        }
        boolean named = mayRead(holder);
        ProblemException taken = new ProblemException(ProblemType.DUPLICATE, "customer.id-document.taken",
                "Another customer already holds this identity document (" + type + ")"
                        + (named ? ": customer " + holder.id + "." : "."),
                List.of(new Problem.Violation("idDocument.number", named ? "belongs to customer " + holder.id
                        : "belongs to another customer", "customer.id-document.taken")));
        if (named) {
            taken.member("existingCustomerId", holder.id);
        }
        throw taken;
    }

    /**
     * Whether the caller may read {@code customer} at all (GET /customers/{id}): agents, supervisors, admins and
     * integrations read every live customer, masked where {@link #mayUnmask} says no.
     */
    public boolean mayRead(Customer customer) {
        return customer.erasedAt == null && (caller.is(Role.AGENT) || caller.is(Role.SUPERVISOR)
                || caller.is(Role.ADMIN) || caller.is(Role.INTEGRATION));
    }

    private void requireUniqueExternalRef(Customer customer) {
        if (customer.externalRef != null && Customer.count("externalRef = ?1 and id <> ?2", customer.externalRef,
                customer.id) > 0) {
            throw new ProblemException(ProblemType.DUPLICATE, "customer.external-ref.taken",
                    "Another customer already has externalRef " + customer.externalRef + ".");
        }
    }
}
