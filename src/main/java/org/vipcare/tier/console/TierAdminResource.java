package org.vipcare.tier.console;

import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.Role;
import org.vipcare.tier.PolicySettingsUpdate;
import org.vipcare.tier.Tier;
import org.vipcare.tier.TierDistributions;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierEvaluations;
import org.vipcare.tier.TierPolicies;
import org.vipcare.tier.TierUpdate;

/**
 * The tiers page: the current policy (editable by supervisors and admins), how the book is distributed over
 * tiers, value classes and loyalty types, and the evaluation runs. The rules are {@link TierPolicies}' and
 * {@link TierEvaluations}'; this class turns their answers into pages and messages.
 */
@Path("/admin/tiers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class TierAdminResource {

    static final int RUNS_SHOWN = 10;
    private static final URI PAGE = URI.create("/admin/tiers");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(TierPage page);
    }

    private final TierPolicies policies;
    private final TierEvaluations evaluations;
    private final TierDistributions distributions;
    private final CurrentUser caller;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public TierAdminResource(TierPolicies policies, TierEvaluations evaluations, TierDistributions distributions,
            CurrentUser caller, LocalizedValidator validator, ConsoleContext console) {
        this.policies = policies;
        this.evaluations = evaluations;
        this.distributions = distributions;
        this.caller = caller;
        this.validator = validator;
        this.console = console;
    }

    @GET
    public TemplateInstance overview(@RestQuery String notice) {
        return Templates.overview(page(notice, TierPage.Refused.none()));
    }

    /** Saves one tier as a new policy version, only if nobody saved another since the form was loaded. */
    @POST
    @Path("/rules/{code}")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateTier(@RestPath Tier code, @BeanParam TierForm form) {
        FormErrors errors = new FormErrors(TierForm.FIELDS);
        TierUpdate update = form.toUpdate(errors, console.messages());
        validator.validate(update, console.locale()).forEach(errors::addUnlessNoted);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                policies.updateTier(code, update, form.ifMatch(), caller.username());
                return backToPage("saved");
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return refused(stale, TierPage.Refused.tier(code, form, errors, stale));
    }

    /** Saves the window and WATCH settings as a new policy version, with the same version check. */
    @POST
    @Path("/settings")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSettings(@BeanParam PolicySettingsForm form) {
        FormErrors errors = new FormErrors(PolicySettingsForm.FIELDS);
        PolicySettingsUpdate update = form.toUpdate(errors, console.messages());
        validator.validate(update, console.locale()).forEach(errors::addUnlessNoted);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                policies.updateSettings(update, form.ifMatch(), caller.username());
                return backToPage("saved");
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return refused(stale, TierPage.Refused.settings(form, errors, stale));
    }

    /** Starts a run in the background; the page then follows it. One already running gets a message, not a run. */
    @POST
    @Path("/evaluations")
    @RolesAllowed({ Role.SUPERVISOR_, Role.ADMIN_ })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response evaluate() {
        try {
            evaluations.start(caller.username());
            return backToPage("evaluation-started");
        } catch (ProblemException refused) {
            if (refused.type != ProblemType.CONFLICT) {
                throw refused;
            }
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.overview(page(null, TierPage.Refused.evaluationRunning()))).build();
        }
    }

    // The form addresses below answer a GET (the language switch on a re-rendered form) by going back to the page.

    @GET
    @Path("/rules/{code}")
    public Response tierFormAddress() {
        return Response.seeOther(PAGE).build();
    }

    @GET
    @Path("/settings")
    public Response settingsFormAddress() {
        return Response.seeOther(PAGE).build();
    }

    @GET
    @Path("/evaluations")
    public Response evaluationFormAddress() {
        return Response.seeOther(PAGE).build();
    }

    private TierPage page(String notice, TierPage.Refused refused) {
        boolean mayEdit = caller.seesEverything();
        // Evaluation runs are supervisors' and admins' business, as in the API.
        List<TierEvaluationDto> runs = mayEdit ? evaluations.recent(RUNS_SHOWN) : List.of();
        return TierPage.of(policies.current(), distributions.current(), runs, mayEdit, notice, refused, texts(),
                console.messages());
    }

    private Response refused(boolean stale, TierPage.Refused refused) {
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.overview(page(null, refused))).build();
    }

    /** This page's own texts in the user's language. */
    private TierMessages texts() {
        return MessageBundles.get(TierMessages.class, Localized.Literal.of(console.languageTag()));
    }

    private static Response backToPage(String notice) {
        return Response.seeOther(URI.create(PAGE + "?notice=" + notice)).build();
    }
}
