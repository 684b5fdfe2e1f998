package org.vipcare.visit.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.vipcare.common.ProblemException;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleContext;
import org.vipcare.console.FormErrors;
import org.vipcare.console.LocalizedValidator;
import org.vipcare.security.Role;
import org.vipcare.visit.VisitChecklistEntry;
import org.vipcare.visit.VisitChecklistInput;
import org.vipcare.visit.VisitChecklists;

/**
 * The reference preparation checklist, edited by admins: one row per item with its English and Chinese text, and
 * {@value #BLANK_ROWS} empty rows to add items. Saved only if nobody saved since the page was loaded.
 */
@Path("/admin/visit-checklist")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_)
public class VisitChecklistAdminResource {

    static final int BLANK_ROWS = 3;
    static final Set<String> FIELDS = Set.of("items");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(List<VisitChecklistEntry> items, long version, FormErrors errors,
                boolean saved, boolean stale);
    }

    private final VisitChecklists checklists;
    private final LocalizedValidator validator;
    private final ConsoleContext console;

    public VisitChecklistAdminResource(VisitChecklists checklists, LocalizedValidator validator,
            ConsoleContext console) {
        this.checklists = checklists;
        this.validator = validator;
        this.console = console;
    }

    @GET
    public TemplateInstance edit(@RestQuery String notice) {
        var checklist = checklists.read();
        return Templates.edit(withBlankRows(checklist.items()), checklist.version(), new FormErrors(FIELDS),
                "saved".equals(notice), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm List<String> key, @RestForm List<String> en, @RestForm List<String> zh,
            @RestForm String version) {
        List<VisitChecklistEntry> items = new ArrayList<>();
        int rows = Math.max(en == null ? 0 : en.size(), zh == null ? 0 : zh.size());
        for (int i = 0; i < rows; i++) {
            String english = Text.trimToNull(at(en, i));
            String chinese = Text.trimToNull(at(zh, i));
            if (english != null || chinese != null) {
                items.add(new VisitChecklistEntry(Text.trimToNull(at(key, i)), english, chinese));
            }
        }
        FormErrors errors = new FormErrors(FIELDS);
        VisitChecklistInput input = new VisitChecklistInput(items);
        validator.validate(input, console.locale()).forEach(errors::add);
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                checklists.replace(input, "\"" + (version == null ? "" : version.trim()) + "\"");
                return Response.seeOther(URI.create("/admin/visit-checklist?notice=saved")).build();
            } catch (ProblemException refused) {
                stale = refused.isVersionMismatch();
                if (!stale && !errors.addProblem(refused, console)) {
                    throw refused;
                }
            }
        }
        long shown = version == null || version.isBlank() ? -1 : parse(version);
        return Response.status(stale ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.edit(withBlankRows(items), shown, errors, false, stale)).build();
    }

    private static List<VisitChecklistEntry> withBlankRows(List<VisitChecklistEntry> items) {
        List<VisitChecklistEntry> rows = new ArrayList<>(items);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new VisitChecklistEntry(null, null, null));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static long parse(String version) {
        try {
            return Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
