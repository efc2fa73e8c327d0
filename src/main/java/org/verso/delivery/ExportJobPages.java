package org.verso.delivery;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.job.JobResponses;
import org.verso.account.Actor;

/**
 * The document page's "Export in the background": the export as a job, whose page shows its progress and then a
 * Download link — for a long article, where the plain download link would keep the browser waiting.
 */
@Path("/documents/{id}/export-job/{lang}")
@Authenticated
class ExportJobPages {

    private final ExportJob exportJobs;
    private final SecurityIdentity identity;

    ExportJobPages(ExportJob exportJobs, SecurityIdentity identity) {
        this.exportJobs = exportJobs;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@RestPath long id, @RestPath String lang, @RestForm String format,
                          @RestForm boolean partial, @RestForm String fillTargets) {
        return JobResponses.toPage(exportJobs.submit(id, lang, format == null ? "txt" : format, partial,
                fillTargets, Actor.of(identity)));
    }
}
