package org.verso.quality;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.job.JobResponses;
import org.verso.job.JobView;
import org.verso.account.Actor;

/** The quality report of a language, at once or as a background job. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class QualityReportApi {

    private final QualityService quality;
    private final QualityReportJob qualityJobs;
    private final SecurityIdentity identity;

    QualityReportApi(QualityService quality, QualityReportJob qualityJobs, SecurityIdentity identity) {
        this.quality = quality;
        this.qualityJobs = qualityJobs;
        this.identity = identity;
    }

    @GET
    @Path("{lang}/qa")
    @Operation(operationId = "checkQuality",
            summary = "Quality-check findings on the current translations: [{segmentId, check, severity, message}];"
            + " with async=true as a background job whose result counts findings per severity and check: 202 and"
            + " the job, Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "The findings (without async)",
            content = @Content(schema = @Schema(implementation = QaFinding[].class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response qa(@RestPath long id, @RestPath String lang, @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(qualityJobs.submit(id, lang, Actor.of(identity)));
        }
        return Response.ok(quality.report(id, lang).findings()).build();
    }
}
