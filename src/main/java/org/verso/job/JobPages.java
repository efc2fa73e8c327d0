package org.verso.job;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.htmx.Htmx;

/** The jobs page and one job's page, whose progress htmx refreshes every second until the job ends. */
@Path("/jobs")
@Authenticated
class JobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<JobPage> jobs);

        static native TemplateInstance job(JobPage page);

        static native TemplateInstance job$progress(JobPage page);
    }

    private final JobService jobs;
    private final SecurityIdentity identity;

    JobPages(JobService jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.jobs(jobs.recentPages(JobApi.caller(identity)));
    }

    /** The page; to htmx's poll only the progress fragment. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance job(@RestPath long id, HttpHeaders headers) {
        JobPage page = jobs.page(id, JobApi.caller(identity));
        return Htmx.isHtmx(headers) ? Templates.job$progress(page) : Templates.job(page);
    }

    /** Deletes the job's file (the page's "Delete the file" button) and shows the job again. */
    @POST
    @Path("{id}/delete-file")
    @Produces(MediaType.TEXT_HTML)
    public Response deleteFile(@RestPath long id) {
        jobs.deleteFile(id, JobApi.caller(identity));
        return Response.seeOther(URI.create("/jobs/" + id)).build();
    }

    @POST
    @Path("{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@RestPath long id) {
        return JobResponses.toPage(jobs.cancel(id, JobApi.caller(identity)));
    }
}
