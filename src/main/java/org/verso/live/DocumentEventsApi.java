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

/**
 * The saves of all of a document's target languages: the document page keeps its progress bars live with it.
 * Its own class, like {@link LiveApi}: a shorter class path would catch other routes.
 */
@Path("/api/documents/{id}/events")
@Authenticated
@Tag(name = "Live")
class DocumentEventsApi {

    private final LiveHub hub;
    private final Sessions sessions;

    DocumentEventsApi(LiveHub hub, Sessions sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamDocumentEvents",
            summary = "text/event-stream of saves in any target language: {type: saved|ping, segmentId, language,"
            + " status, version, user, at} (no text)")
    public Multi<LiveEvent> events(@RestPath long id, RoutingContext http) {
        return hub.openDocument(id, sessions.stillLive(http));
    }
}
