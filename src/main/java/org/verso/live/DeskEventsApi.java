package org.verso.live;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.verso.account.Role;
import org.verso.account.Sessions;

/** Saves of every document and task changes, for the desk page's matrix (editors and admins). */
@Path("/api/desk/events")
@Authenticated
@Tag(name = "Live")
class DeskEventsApi {

    private final LiveHub hub;
    private final Sessions sessions;

    DeskEventsApi(LiveHub hub, Sessions sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    @Operation(operationId = "streamDeskEvents",
            summary = "text/event-stream of saves in any document (no text) and task changes: {type:"
            + " saved|changed|task|ping, documentId, language, status (a task's stage)}")
    @APIResponse(responseCode = "200", description = "The stream, until the session ends")
    @APIResponse(responseCode = "403", description = "Only editors and admins follow the desk")
    public Multi<LiveEvent> events(RoutingContext http) {
        return hub.openDesk(sessions.stillLive(http));
    }
}
