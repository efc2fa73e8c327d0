package org.verso.job;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Role;

/** Background jobs: list, follow, cancel. */
@Path("/api/jobs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
class JobApi {

    private final JobService jobs;
    private final SecurityIdentity identity;

    JobApi(JobService jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listJobs",
            summary = "The caller's newest jobs (an admin sees everyone's), newest first")
    public List<JobView> list() {
        return jobs.recent(caller(identity));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getJob",
            summary = "One job: state (queued, running, done, failed, cancelled), done/total units, result, error")
    public JobView job(@RestPath long id) {
        return jobs.view(id, caller(identity));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelJob",
            summary = "Cancel a job: a queued one at once, a running one at its next batch boundary; 409 if ended")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public JobView cancel(@RestPath long id) {
        return jobs.cancel(id, caller(identity));
    }

    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadJobFile",
            summary = "The file a finished export job wrote; only its owner or an admin, else 404 (also once the"
            + " file was deleted after verso.jobs.result-retention)")
    @APIResponse(responseCode = "200", description = "The file, with the media type of its format", content = {
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@RestPath long id) {
        JobDownload file = jobs.download(id, caller(identity));
        return Response.ok(file.file().toFile(), file.mediaType())
                .header("Content-Disposition", file.contentDisposition()).build();
    }

    @DELETE
    @Path("{id}/download")
    @Operation(operationId = "deleteJobFile",
            summary = "Delete a finished export job's file before it expires, making room under"
            + " verso.jobs.max-stored-bytes-per-user; 204, or 404 as the download")
    @APIResponse(responseCode = "204", description = "The file is gone")
    public Response deleteFile(@RestPath long id) {
        jobs.deleteFile(id, caller(identity));
        return Response.noContent().build();
    }

    static JobCaller caller(SecurityIdentity identity) {
        return new JobCaller(identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_NAME));
    }
}
