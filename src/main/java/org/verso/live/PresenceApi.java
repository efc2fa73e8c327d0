package org.verso.live;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;

/** Who is working on which segment: a soft lock, shown to the others, that locks nothing. */
@Path("/api/documents/{id}/languages/{lang}/presence")
@Authenticated
@Tag(name = "Live")
class PresenceApi {

    /** The segment the user's cursor is in; {@code editing} false when they left it. */
    record PresenceBody(Long segmentId, Boolean editing) {
    }

    private final LiveHub hub;
    private final SecurityIdentity identity;

    PresenceApi(LiveHub hub, SecurityIdentity identity) {
        this.hub = hub;
        this.identity = identity;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "announcePresence",
            summary = "Tell the others you entered (editing true) or left a segment → 204; 403 outside your"
            + " languages")
    @APIResponse(responseCode = "204", description = "The others were told")
    public void presence(@RestPath long id, @RestPath String lang, PresenceBody body) {
        hub.announce(Actor.of(identity), id, lang, body == null ? null : body.segmentId(),
                body == null || body.editing() == null || body.editing());
    }
}
