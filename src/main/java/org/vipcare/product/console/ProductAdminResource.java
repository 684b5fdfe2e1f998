package org.vipcare.product.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.product.ProductInput;
import org.vipcare.product.ProductKind;
import org.vipcare.product.ProductService;
import org.vipcare.product.ProductStatus;
import org.vipcare.security.Role;

/**
 * Adding, changing and deleting a customer's products from the customer page (its Products section is
 * {@link CustomerProducts}). Who may do it is decided by {@link ProductService}; this class only renders.
 */
@Path("/admin/customers/{id}/products")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ProductAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(UUID customerId, String customerName, UUID productId, ProductForm form,
                FormErrors errors, boolean stale, ProductKind[] kinds, ProductStatus[] statuses);
    }

    private final ProductService products;
    private final CustomerService customers;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public ProductAdminResource(ProductService products, CustomerService customers, LocalizedValidator validator,
            ConsoleContext console) {
        this.products = products;
        this.customers = customers;
        this.validator = validator;
        this.console = console;
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestPath UUID id) {
        products.requireWriter(id);
        return form(id, null, ProductForm.blank(), new FormErrors(ProductForm.FIELDS), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath UUID id, @BeanParam ProductForm form) {
        FormErrors errors = new FormErrors(ProductForm.FIELDS);
        ProductInput input = read(form, errors);
        if (errors.isEmpty()) {
            try {
                products.create(id, input);
                return backToCustomer(id);
            } catch (ProblemException refused) {
                if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form(id, null, form, errors, false)).build();
    }

    @GET
    @Path("/{productId}/edit")
    public TemplateInstance editForm(@RestPath UUID id, @RestPath UUID productId) {
        return form(id, productId, ProductForm.of(products.readForEdit(id, productId)),
                new FormErrors(ProductForm.FIELDS), false);
    }

    /** Saves an edit only if nobody saved another since the form was loaded (its version rides as If-Match). */
    @POST
    @Path("/{productId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @RestPath UUID productId, @BeanParam ProductForm form) {
        FormErrors errors = new FormErrors(ProductForm.FIELDS);
        ProductInput input = read(form, errors);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                products.update(id, productId, input, ifMatch(form));
                return backToCustomer(id);
            } catch (ProblemException refused) {
                stale = refused.type == ProblemType.PRECONDITION_FAILED;
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(form(id, productId, form, errors, stale)).build();
    }

    @POST
    @Path("/{productId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath UUID id, @RestPath UUID productId, @BeanParam ProductForm form) {
        products.delete(id, productId, ifMatch(form));
        return backToCustomer(id);
    }

    private ProductInput read(ProductForm form, FormErrors errors) {
        ProductInput input = form.toInput(errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        return input;
    }

    private TemplateInstance form(UUID id, UUID productId, ProductForm form, FormErrors errors, boolean stale) {
        customers.live(id);
        return Templates.form(id, CustomerNames.of(List.of(id)).of(id), productId, form, errors, stale,
                ProductKind.values(), ProductStatus.values());
    }

    private static String ifMatch(ProductForm form) {
        return "\"" + (form.version == null ? "" : form.version.trim()) + "\"";
    }

    private static Response backToCustomer(UUID id) {
        return Response.seeOther(URI.create("/admin/customers/" + id + "#products")).build();
    }
}
