package org.vipcare.product.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.vipcare.common.Page;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.product.ProductDto;
import org.vipcare.product.ProductService;

/**
 * The Products section of the customer page ({@code inject:customerProducts.of(customer.id)}): the customer feature
 * knows no products, so the page asks for them by name.
 */
@Named("customerProducts")
@ApplicationScoped
public class CustomerProducts {

    static final int SHOWN = 50;

    /** What the section shows: the products as the caller may see them, and whether it may change them. */
    public record Section(List<ProductDto> items, long total, boolean masked, boolean mayEdit) {
    }

    private final ProductService products;

    public CustomerProducts(ProductService products) {
        this.products = products;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section of(UUID customerId) {
        Page<ProductDto> page = products.list(customerId, PageRequest.of(0, SHOWN, "endsAt,asc"),
                "GET /admin/customers/" + customerId);
        boolean mayEdit;
        try {
            products.requireWriter(customerId);
            mayEdit = true;
        } catch (ProblemException refused) {
            mayEdit = false;
        }
        return new Section(page.items(), page.total(), !products.mayUnmask(customerId), mayEdit);
    }
}
