package org.vipcare.complaint.console;

import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import org.vipcare.console.LocalizedValidator;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.complaint.ComplaintCategoryDto;
import org.vipcare.complaint.ComplaintCategoryService;
import org.vipcare.complaint.ComplaintCategoryUpdate;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;

/**
 * The complaint categories page for supervisors and admins: rename, reorder, retire or add categories. The rules (code
 * format, versions) are {@link ComplaintCategoryService}'s; this class renders its answers and refusals.
 */
@Path("/admin/complaint-categories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
public class ComplaintCategoryAdminResource {

    private static final URI PAGE = URI.create("/admin/complaint-categories");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance categories(ComplaintCategoryPage page);
    }

    private final ComplaintCategoryService categories;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public ComplaintCategoryAdminResource(ComplaintCategoryService categories, CurrentUser caller,
            LocalizedValidator validator, ConsoleContext console) {
        this.categories = categories;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
    }

    @GET
    public TemplateInstance page(@RestQuery String notice) {
        return Templates.categories(page(notice, ComplaintCategoryPage.Refused.NONE));
    }

    /** A new category; a code that is taken is a message on the code, not an overwrite. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ComplaintCategoryForm form) {
        FormErrors errors = new FormErrors(ComplaintCategoryForm.FIELDS);
        ComplaintCategoryUpdate update = form.toUpdate(errors, console.messages());
        String code = form.typedCode();
        if (FormText.blank(code)) {
            errors.add("code", console.messages().required_value());
        }
        validator.validate(update, console.locale()).forEach(errors::addUnlessNoted);
        if (errors.isEmpty()) {
            try {
                categories.put(code, update, null, caller.username());
                return backToPage("created");
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.PRECONDITION_REQUIRED) {
                    errors.add("code", texts().category_code_taken());
                } else if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.categories(page(null,
                new ComplaintCategoryPage.Refused(null, form, errors, ComplaintCategoryPage.Alert.INVALID))))
                .build();
    }

    /** Saves one category, only if nobody saved it since the form was loaded. */
    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String code, @BeanParam ComplaintCategoryForm form) {
        ComplaintCategoryDto current = ComplaintCategoryDto.from(categories.get(code));
        FormErrors errors = new FormErrors(ComplaintCategoryForm.FIELDS);
        ComplaintCategoryUpdate update = form.toUpdate(errors, console.messages());
        validator.validate(update, console.locale()).forEach(errors::addUnlessNoted);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                categories.put(current.code(), update, form.ifMatch(), caller.username());
                return backToPage("saved");
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.categories(page(null, new ComplaintCategoryPage.Refused(current.code(), form,
                        errors, stale ? ComplaintCategoryPage.Alert.STALE : ComplaintCategoryPage.Alert.INVALID))))
                .build();
    }

    // A GET of a form address (the language switch on a re-rendered form) goes back to the page.
    @GET
    @Path("/{code}")
    public Response formAddress() {
        return Response.seeOther(PAGE).build();
    }

    private ComplaintCategoryPage page(String notice, ComplaintCategoryPage.Refused refused) {
        return ComplaintCategoryPage.of(categories.list(false).stream().map(ComplaintCategoryDto::from).toList(),
                notice, refused);
    }

    private ComplaintMessages texts() {
        return MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(console.languageTag()));
    }

    private static Response backToPage(String notice) {
        return Response.seeOther(URI.create(PAGE + "?notice=" + notice)).build();
    }
}
