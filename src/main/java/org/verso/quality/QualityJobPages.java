package org.verso.quality;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.job.JobResponses;
import org.verso.account.Actor;

/** The Quality report's "Check in the background": the report as a job, whose page links back to the report. */
@Path("/documents/{id}/quality-job/{lang}")
@Authenticated
class QualityJobPages {

    private final QualityReportJob qualityJobs;
    private final SecurityIdentity identity;

    QualityJobPages(QualityReportJob qualityJobs, SecurityIdentity identity) {
        this.qualityJobs = qualityJobs;
        this.identity = identity;
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response start(@RestPath long id, @RestPath String lang) {
        return JobResponses.toPage(qualityJobs.submit(id, lang, Actor.of(identity)));
    }
}
