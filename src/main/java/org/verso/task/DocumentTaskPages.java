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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.account.Role;
import org.verso.htmx.Htmx;
import org.verso.translation.TaskFields;

/**
 * A document's tasks: the document page loads the table into itself (htmx); without JavaScript it is a page of its
 * own. Editors and admins assign several languages at once.
 */
@Path("/documents/{id}/tasks")
@Authenticated
class DocumentTaskPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(long documentId, List<TaskViews.TaskLine> lines, String zone);

        static native TemplateInstance tasks$table(long documentId, List<TaskViews.TaskLine> lines, String zone);
    }

    private final TaskService tasks;
    private final WorkQueries work;
    private final SecurityIdentity identity;

    DocumentTaskPages(TaskService tasks, WorkQueries work, SecurityIdentity identity) {
        this.tasks = tasks;
        this.work = work;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance documentTasks(@RestPath long id, HttpHeaders headers) {
        var zone = tasks.zoneOf(identity.getPrincipal().getName());
        List<TaskViews.TaskLine> lines = TaskViews.TaskLine.of(work.documentTasks(id), zone);
        return Htmx.isHtmx(headers) ? Templates.tasks$table(id, lines, zone.getId())
                : Templates.tasks(id, lines, zone.getId());
    }

    /** Bulk assignment: the ticked languages get the fields filled in; a blank field keeps each task's value. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Response assign(@RestPath long id, @RestForm("language") List<String> languages,
                           @RestForm String translator, @RestForm String reviewer, @RestForm String due,
                           @RestForm String priority) {
        tasks.assignMany(id, languages, new TaskFields(translator, reviewer, due, priority), Actor.of(identity));
        return Response.seeOther(URI.create("/documents/" + id + "#tasks")).build();
    }
}
