package org.vipcare.contact.console;

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
import org.vipcare.contact.BuyingRole;
import org.vipcare.contact.ContactInput;
import org.vipcare.contact.ContactService;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.console.CustomerNames;
import org.vipcare.security.Role;

/**
 * Adding, changing and deleting an enterprise customer's contacts from the customer page (its Contacts section is
 * {@link CustomerContacts}). Who may do it is decided by {@link ContactService}; this class only renders.
 */
@Path("/admin/customers/{id}/contacts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class ContactAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(UUID customerId, String customerName, UUID contactId, ContactForm form,
                FormErrors errors, boolean stale, BuyingRole[] roles);
    }

    private final ContactService contacts;
    private final CustomerService customers;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public ContactAdminResource(ContactService contacts, CustomerService customers, LocalizedValidator validator,
            ConsoleContext console) {
        this.contacts = contacts;
        this.customers = customers;
        this.validator = validator;
        this.console = console;
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm(@RestPath UUID id) {
        contacts.requireWriter(id);
        return form(id, null, ContactForm.blank(), new FormErrors(ContactForm.FIELDS), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath UUID id, @BeanParam ContactForm form) {
        FormErrors errors = new FormErrors(ContactForm.FIELDS);
        ContactInput input = read(form, errors);
        if (errors.isEmpty()) {
            try {
                contacts.create(id, input);
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
    @Path("/{contactId}/edit")
    public TemplateInstance editForm(@RestPath UUID id, @RestPath UUID contactId) {
        return form(id, contactId, ContactForm.of(contacts.readForEdit(id, contactId)),
                new FormErrors(ContactForm.FIELDS), false);
    }

    /** Saves an edit only if nobody saved another since the form was loaded (its version rides as If-Match). */
    @POST
    @Path("/{contactId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath UUID id, @RestPath UUID contactId, @BeanParam ContactForm form) {
        FormErrors errors = new FormErrors(ContactForm.FIELDS);
        ContactInput input = read(form, errors);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                contacts.update(id, contactId, input, ifMatch(form));
                return backToCustomer(id);
            } catch (ProblemException refused) {
                stale = refused.type == ProblemType.PRECONDITION_FAILED;
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(form(id, contactId, form, errors, stale)).build();
    }

    @POST
    @Path("/{contactId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath UUID id, @RestPath UUID contactId, @BeanParam ContactForm form) {
        contacts.delete(id, contactId, ifMatch(form));
        return backToCustomer(id);
    }

    private ContactInput read(ContactForm form, FormErrors errors) {
        ContactInput input = form.toInput(errors, console.messages());
        validator.validate(input, console.locale()).forEach(errors::addUnlessNoted);
        return input;
    }

    private TemplateInstance form(UUID id, UUID contactId, ContactForm form, FormErrors errors, boolean stale) {
        customers.live(id);
        return Templates.form(id, CustomerNames.of(List.of(id)).of(id), contactId, form, errors, stale,
                BuyingRole.values());
    }

    private static String ifMatch(ContactForm form) {
        return "\"" + (form.version == null ? "" : form.version.trim()) + "\"";
    }

    private static Response backToCustomer(UUID id) {
        return Response.seeOther(URI.create("/admin/customers/" + id + "#contacts")).build();
    }
}
