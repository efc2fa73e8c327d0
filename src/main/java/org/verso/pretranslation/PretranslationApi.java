package org.verso.pretranslation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
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
import org.verso.job.JobResponses;
import org.verso.job.JobView;
import org.verso.account.Actor;

/** Match analysis and pre-translation of a language from the memory and machine translation. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class PretranslationApi {

    private final MemoryPretranslation memory;
    private final MachinePretranslation machinePretranslation;
    private final PretranslationJob pretranslationJobs;
    private final SecurityIdentity identity;

    PretranslationApi(MemoryPretranslation memory, MachinePretranslation machinePretranslation,
                      PretranslationJob pretranslationJobs, SecurityIdentity identity) {
        this.memory = memory;
        this.machinePretranslation = machinePretranslation;
        this.pretranslationJobs = pretranslationJobs;
        this.identity = identity;
    }

    @GET
    @Path("{lang}/analysis")
    @Operation(operationId = "analyzeMatches",
            summary = "Match analysis: segments, words and weighted words per memory match band")
    public MatchAnalysis analysis(@RestPath long id, @RestPath String lang) {
        return memory.analysis(id, lang);
    }

    @POST
    @Path("{lang}/pretranslate")
    @Operation(operationId = "pretranslate",
            summary = "Fill NEW segments from 101% (as TRANSLATED) and 100% (as FUZZY) memory matches; with "
            + "mt=true then the NEW segments left by machine translation (as FUZZY, band \"MT\"); 503 when no "
            + "engine answers for the pair; with async=true as a background job: 202 and the job, "
            + "Location /api/jobs/{id}")
    @APIResponse(responseCode = "200", description = "What was filled (without async)",
            content = @Content(schema = @Schema(implementation = PretranslationResult.class)))
    @APIResponse(responseCode = "202", description = "The queued job (async=true)",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public Response pretranslate(@RestPath long id, @RestPath String lang, @RestQuery boolean mt,
                                 @RestQuery boolean async) {
        if (async) {
            return JobResponses.accepted(pretranslationJobs.submit(id, lang, mt, Actor.of(identity)));
        }
        return Response.ok(mt ? machinePretranslation.pretranslate(id, lang, Actor.of(identity), done -> { })
                : memory.pretranslate(id, lang, Actor.of(identity))).build();
    }
}
