package org.vipcare.console.lists;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.vipcare.security.Role;

/**
 * Saving and deleting a saved filter from a list page's form (CSRF-checked like every console POST). Both go back
 * to the list: a saved filter applied, a refusal with its reason beside the name field, the query unchanged.
 */
@Path("/admin/saved-filters")
@RolesAllowed({ Role.AGENT_, Role.SUPERVISOR_, Role.ADMIN_ })
public class SavedFilterAdminResource {

    private final SavedFilters filters;

    public SavedFilterAdminResource(SavedFilters filters) {
        this.filters = filters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String list, @RestForm String name, @RestForm String query) {
        String path = SavedFilters.path(list);
        SavedFilters.Refusal refused = filters.save(list, name, query);
        String kept = SavedFilters.normalize(query);
        if (refused != null) {
            return back(path, kept + (kept.isEmpty() ? "" : "&") + SavedFilters.ERROR_PARAMETER + "=" + refused);
        }
        return back(path, kept);
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@RestPath UUID id) {
        return back(SavedFilters.path(filters.delete(id).listName), "");
    }

    private static Response back(String path, String query) {
        return Response.seeOther(URI.create(path + (query.isEmpty() ? "" : "?" + query))).build();
    }
}
