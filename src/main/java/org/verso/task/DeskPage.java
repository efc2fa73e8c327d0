package org.verso.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.account.Role;
import org.verso.htmx.Htmx;

/**
 * The desk: recent documents × languages with stage, assignees, due time and progress, filterable by language and
 * overdue. The page reloads its matrix (the htmx fragment of this same handler) when the desk's event stream says
 * something moved.
 */
@Path("/desk")
@Authenticated
class DeskPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(TaskViews.DeskMatrix desk);

        static native TemplateInstance desk$matrix(TaskViews.DeskMatrix desk);
    }

    private final TaskService tasks;
    private final WorkQueries work;
    private final SecurityIdentity identity;

    DeskPage(TaskService tasks, WorkQueries work, SecurityIdentity identity) {
        this.tasks = tasks;
        this.work = work;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public TemplateInstance desk(@RestQuery String language, @RestQuery boolean overdue, HttpHeaders headers) {
        TaskViews.DeskMatrix desk = TaskViews.DeskMatrix.of(work.desk(language, overdue), language, overdue,
                tasks.zoneOf(identity.getPrincipal().getName()));
        return Htmx.isHtmx(headers) ? Templates.desk$matrix(desk) : Templates.desk(desk);
    }
}
