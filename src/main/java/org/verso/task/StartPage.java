package org.verso.task;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.verso.account.Role;

/**
 * Where the site's root (and so a login) lands: My work for translators and reviewers, the document list for
 * everyone else (editors, admins). Its own path: a JAX-RS class at "/" would catch every other page.
 */
@Path("/start")
@Authenticated
class StartPage {

    private final SecurityIdentity identity;

    StartPage(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Response start() {
        boolean worker = !identity.hasRole(Role.EDITOR_NAME) && !identity.hasRole(Role.ADMIN_NAME)
                && (identity.hasRole(Role.TRANSLATOR_NAME) || identity.hasRole(Role.REVIEWER_NAME));
        return Response.seeOther(URI.create(worker ? "/my-work" : "/documents")).build();
    }
}
