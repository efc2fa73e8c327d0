package org.verso.live;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.verso.account.Sessions;

/**
 * Tells the signed-in person, live, that their notices changed, so the bell fetches its count again. A browser opens
 * it once for all its tabs (through a shared worker), never once per tab: see docs/notifications.md.
 */
@Path("/api/notifications/events")
@Authenticated
@Tag(name = "Live")
class NoticeEventsApi {

    private final LiveHub hub;
    private final Sessions sessions;
    private final SecurityIdentity identity;

    NoticeEventsApi(LiveHub hub, Sessions sessions, SecurityIdentity identity) {
        this.hub = hub;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamMyNotificationEvents",
            summary = "text/event-stream telling me my notifications changed (one added or read): {type:"
            + " notices|ping, user, at}; fetch GET /api/notifications (or the unread count) after each")
    @APIResponse(responseCode = "200", description = "The stream, until the session ends")
    public Multi<LiveEvent> events(RoutingContext http) {
        return hub.openNotices(identity.getPrincipal().getName(), sessions.stillLive(http));
    }
}
