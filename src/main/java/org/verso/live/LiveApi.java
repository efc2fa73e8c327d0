package org.verso.live;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.verso.account.Sessions;

/** Live changes of one document in one language. Its own class: a shorter class path would catch other routes. */
@Path("/api/documents/{id}/languages/{lang}/events")
@Authenticated
@Tag(name = "Live")
class LiveApi {

    private final LiveHub hub;
    private final Sessions sessions;

    LiveApi(LiveHub hub, Sessions sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamLanguageEvents",
            summary = "text/event-stream of changes: {type: saved|editing|left|ping, segmentId, text, status,"
            + " version, user, at}")
    public Multi<LiveEvent> events(@RestPath long id, @RestPath String lang, RoutingContext http) {
        return hub.open(id, lang, sessions.stillLive(http));
    }
}
