package org.verso.task;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** My work: my open tasks by due time, each with a link to the first segment waiting for me. */
@Path("/my-work")
@Authenticated
class MyWorkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myWork(List<TaskViews.WorkItem> tasks, String zone);
    }

    private final TaskService tasks;
    private final WorkQueries work;
    private final SecurityIdentity identity;

    MyWorkPage(TaskService tasks, WorkQueries work, SecurityIdentity identity) {
        this.tasks = tasks;
        this.work = work;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance myWork() {
        String me = identity.getPrincipal().getName();
        var zone = tasks.zoneOf(me);
        return Templates.myWork(work.myWork(me).stream().map(TaskViews.WorkItem::of).toList(),
                zone.getId());
    }
}
