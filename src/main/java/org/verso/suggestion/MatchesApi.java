package org.verso.suggestion;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.memory.MemoryMatch;
import org.verso.translation.TranslationService;

/** Memory matches of one segment, with a machine translation per engine. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class MatchesApi {

    private final MachineSuggestions machine;
    private final TranslationService translations;

    MatchesApi(MachineSuggestions machine, TranslationService translations) {
        this.machine = machine;
        this.translations = translations;
    }

    @GET
    @Path("{lang}/matches/{segmentId}")
    @Operation(operationId = "listSegmentMatches",
            summary = "Translation memory matches for one segment, best first (101% = same text and context), "
            + "then one machine translation per engine offering the pair (origin \"mt:<provider>\", score 0); "
            + "mt=false leaves those out")
    public List<MemoryMatch> matches(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                     @RestQuery @DefaultValue("5") int limit,
                                     @RestQuery @DefaultValue("70") int threshold,
                                     @RestQuery @DefaultValue("true") boolean mt) {
        return mt ? machine.matchesWithMachine(id, lang, segmentId, limit, threshold)
                : translations.matches(id, lang, segmentId, limit, threshold);
    }
}
