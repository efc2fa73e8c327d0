package org.verso.stats;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A language's statistics: words per status and per translator. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class StatsApi {

    private final StatsService stats;

    StatsApi(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @Path("{lang}/stats")
    @Operation(operationId = "getStats",
            summary = "Words per status, per translator (words translated, saves, words per active hour) and"
            + " words translated per hour")
    public DocumentStats stats(@RestPath long id, @RestPath String lang) {
        return stats.stats(id, lang);
    }
}
