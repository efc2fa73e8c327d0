package org.verso.replace;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.verso.account.Actor;
import org.verso.failure.InvalidInputException;
import org.verso.job.JobResponses;
import org.verso.job.JobView;

/** Search and replace in one language of a document, at once or as a background job. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class ReplaceApi {

    private final ReplaceService replacer;
    private final ReplaceJob replaceJobs;
    private final SecurityIdentity identity;

    ReplaceApi(ReplaceService replacer, ReplaceJob replaceJobs, SecurityIdentity identity) {
        this.replacer = replacer;
        this.replaceJobs = replaceJobs;
        this.identity = identity;
    }

    @POST
    @Path("{lang}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceText",
            summary = "Search and replace in the target texts: {find, replace, regex?, statuses?, preview?,"
            + " qaOverride?} → the segments found [{segmentId, ordinal, status, before, after, version, proposed,"
            + " leftOut, reason, errors}]; one transaction, each change a revision. A segment is left unchanged"
            + " (leftOut, with the reason) when it is approved and the caller is a translator, or when its new text"
            + " has quality errors that stop it staying approved and no qaOverride is given; with one it is replaced"
            + " and stays approved, listing the errors overridden. With async=true as a background job committing"
            + " 200 segments at a time: 202 and the job, Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "The segments found, replaced or left out (without async)",
            content = @Content(schema = @Schema(implementation = Replacement[].class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "409", description = "A segment changed while the replace ran; nothing was replaced")
    public Response replace(@RestPath long id, @RestPath String lang, @RestQuery boolean async, ReplaceRequest body) {
        if (body == null) {
            throw new InvalidInputException(ErrReplace.class, m -> m.sendJsonBodyFind());
        }
        if (async) {
            return JobResponses.accepted(replaceJobs.submit(id, lang, body, Actor.of(identity)));
        }
        return Response.ok(replacer.replace(id, lang, body, Actor.of(identity))).build();
    }
}
