package org.vipcare.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vipcare.audit.AuditAction;
import org.vipcare.audit.AuditLog;
import org.vipcare.common.ETags;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.Problem;
import org.vipcare.common.ProblemException;
import org.vipcare.common.Text;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerErased;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerService;
import org.vipcare.security.CurrentUser;

/**
 * A customer's products. Read by whoever reads the customer, the identifier masked as the customer's phones are;
 * written by whoever may write the customer (its manager, supervisors, admins), see {@link CustomerService}.
 */
@ApplicationScoped
@Transactional
public class ProductService {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "endsAt", "endsAt", "name", "name",
            "kind", "kind");

    private final EntityManager em;
    private final Clock clock;
    private final CustomerService customers;
    private final CurrentUser caller;
    private final AuditLog audit;

    public ProductService(EntityManager em, Clock clock, CustomerService customers, CurrentUser caller,
            AuditLog audit) {
        this.em = em;
        this.clock = clock;
        this.customers = customers;
        this.caller = caller;
        this.audit = audit;
    }

    /** The customer's products for the caller, identifiers in full only when it may see the customer in full. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductDto> list(UUID customerId, PageRequest request, String endpoint) {
        Customer customer = customers.live(customerId);
        boolean unmasked = customers.mayUnmask(customer);
        PageRequest.Paging paging = request.resolve(SORTABLE, "createdAt desc");
        String[] order = paging.orderBy().split(" ");
        var query = Product.<Product>find("customerId = ?1 order by " + order[0] + " "
                + (paging.ascending() ? "asc" : "desc") + ", id", customerId);
        List<ProductDto> items = query.page(paging.page(), paging.size()).list().stream()
                .map(p -> ProductDto.from(p, unmasked)).toList();
        if (unmasked && items.stream().anyMatch(p -> p.identifier() != null)) {
            audit.record(caller.username(), AuditAction.READ_UNMASKED, customerId, endpoint, "products");
        }
        return new Page<>(items, paging.page(), paging.size(), query.count());
    }

    /** Whether the caller sees the customer's products in full. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayUnmask(UUID customerId) {
        return customers.mayUnmask(customers.live(customerId));
    }

    public Product create(UUID customerId, ProductInput input) {
        Customer customer = writable(customerId);
        Product product = new Product();
        product.stampNew(clock.instant());
        product.customerId = customer.id;
        apply(product, input);
        product.persist();
        em.flush();
        return product;
    }

    public Product update(UUID customerId, UUID productId, ProductInput input, String ifMatch) {
        Product product = writable(customerId, productId, ifMatch);
        apply(product, input);
        product.updatedAt = clock.instant();
        em.flush();
        return product;
    }

    public void delete(UUID customerId, UUID productId, String ifMatch) {
        writable(customerId, productId, ifMatch).delete();
    }

    /** Erasure keeps the products' kinds, dates and states (statistics) and drops what was typed about them. */
    void erase(@Observes CustomerErased erased) {
        em.createNativeQuery("update product set " + CustomerErased.erasedSql("name") + ", "
                + CustomerErased.erasedSql("identifier") + " where customer_id = ?1")
                .setParameter(1, erased.customerId()).executeUpdate();
    }

    /** 403 unless the caller may change the customer's products. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireWriter(UUID customerId) {
        writable(customerId);
    }

    /** The product as its writer sees it, for an edit form. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductDto readForEdit(UUID customerId, UUID productId) {
        writable(customerId);
        return ProductDto.from(Product.findOf(customerId, productId)
                .orElseThrow(() -> ProblemException.notFound("product", productId)), true);
    }

    private Customer writable(UUID customerId) {
        Customer customer = customers.live(customerId);
        customers.requireWriter(customer);
        return customer;
    }

    private Product writable(UUID customerId, UUID productId, String ifMatch) {
        writable(customerId);
        Product product = Product.findOf(customerId, productId)
                .orElseThrow(() -> ProblemException.notFound("product", productId));
        ETags.requireMatch(ifMatch, product.version, "product");
        return product;
    }

    private static void apply(Product product, ProductInput input) {
        Problem.Violations violations = new Problem.Violations();
        if (input.identifier() != null && input.identifier().contains("*")) {
            // read masked and sent back, it would overwrite the real number with the mask (as a customer's phones)
            violations.add("identifier", "customer.masked-value", CustomerInput.MASK_REFUSED);
        }
        if (input.startedAt() != null && input.endsAt() != null && input.endsAt().isBefore(input.startedAt())) {
            violations.add("endsAt", "common.to-before-from", "must not be before startedAt");
        }
        violations.throwIfAny();
        product.kind = input.kind();
        product.name = input.name().trim();
        product.identifier = Text.trimToNull(input.identifier());
        product.startedAt = input.startedAt();
        product.endsAt = input.endsAt();
        product.status = input.status() == null ? ProductStatus.ACTIVE : input.status();
    }
}
