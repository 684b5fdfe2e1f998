package org.vipcare.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.ext.web.RoutingContext;
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
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.security.ClientAddress;
import org.vipcare.security.ConsoleSessions;
import org.vipcare.security.CurrentUser;
import org.vipcare.security.PasswordChange;
import org.vipcare.security.PasswordPolicy;
import org.vipcare.security.Role;
import org.vipcare.security.User;
import org.vipcare.security.UserService;

/**
 * Every console user changes its own password here. Afterwards every session of the user ends, this one too: the
 * user signs in again with the new password.
 */
@Path("/admin/account/password")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class PasswordAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(FormErrors errors);
    }

    private final UserService users;
    private final CurrentUser caller;
    private final ConsoleContext console;
    private final ConsoleSessions sessions;

    public PasswordAdminResource(UserService users, CurrentUser caller, ConsoleContext console,
            ConsoleSessions sessions) {
        this.users = users;
        this.caller = caller;
        this.console = console;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance form() {
        return Templates.password(new FormErrors(PasswordForm.FIELDS));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@BeanParam PasswordForm form, RoutingContext routing) {
        ConsoleMessages messages = MessageBundles.get(ConsoleMessages.class,
                Localized.Literal.of(console.languageTag()));
        FormErrors errors = new FormErrors(PasswordForm.FIELDS);
        User user = users.get(caller.id());
        String current = form.currentPassword == null ? "" : form.currentPassword;
        String next = form.newPassword == null ? "" : form.newPassword;
        if (current.isEmpty()) {
            errors.add("currentPassword", messages.password_required());
        }
        PasswordPolicy.check(next, user.username, user.displayName)
                .ifPresent(weakness -> errors.add("newPassword", switch (weakness) {
                    case TOO_SHORT -> messages.password_too_short(PasswordPolicy.MIN_LENGTH);
                    case TOO_LONG -> messages.password_too_long(PasswordPolicy.MAX_LENGTH);
                    case TOO_COMMON -> messages.password_too_common();
                }));
        if (!errors.has("newPassword") && next.equals(current)) {
            errors.add("newPassword", messages.password_same());
        }
        if (!next.equals(form.confirmPassword)) {
            errors.add("confirmPassword", messages.password_mismatch());
        }
        if (errors.isEmpty()) {
            try {
                users.changeOwnPassword(user.id, new PasswordChange(current, next),
                        ClientAddress.of(routing.request()));
                // The new password bumped the security version, which ended this session on the server too.
                sessions.dropCookies(routing);
                return Response.seeOther(URI.create("/admin/login?notice=password-changed")).build();
            } catch (ProblemException refused) {
                if (refused.type == ProblemType.FORBIDDEN) {
                    errors.add("currentPassword", messages.password_current_wrong());
                } else if (refused.type == ProblemType.TOO_MANY_REQUESTS) {
                    errors.add("currentPassword", messages.password_too_many(refused.headers.get("Retry-After")));
                } else if (!errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.password(errors)).build();
    }
}
