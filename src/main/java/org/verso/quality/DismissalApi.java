package org.verso.quality;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.quality.DismissalService.DismissRequest;

/** "Not an error here": findings marked as right on one segment's translation, with the reason. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality checks")
class DismissalApi {

    private final DismissalService dismissals;
    private final SecurityIdentity identity;

    DismissalApi(DismissalService dismissals, SecurityIdentity identity) {
        this.dismissals = dismissals;
        this.identity = identity;
    }

    @POST
    @Path("{lang}/translations/{segmentId}/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissFinding",
            summary = "Mark one finding on the current translation not an error: {check, message, reason}; 201 with"
            + " the mark. It holds for this text only; 409 when the text has no such finding (or it is marked already)")
    @APIResponse(responseCode = "201", description = "The mark; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DismissedFinding.class)))
    @APIResponse(responseCode = "409", description = "The current text has no such finding, or it is marked already")
    public Response dismiss(@RestPath long id, @RestPath String lang, @RestPath long segmentId, DismissRequest body) {
        DismissedFinding marked = dismissals.dismiss(id, lang, segmentId, body, Actor.of(identity));
        return Response.created(URI.create("/api/documents/" + id + "/languages/" + lang + "/translations/"
                + segmentId + "/dismissals/" + marked.id())).entity(marked).build();
    }

    @DELETE
    @Path("{lang}/translations/{segmentId}/dismissals/{dismissalId}")
    @Operation(operationId = "undoDismissal",
            summary = "Take the mark back: the finding stands again; 204")
    @APIResponse(responseCode = "204", description = "The finding stands again")
    public void undo(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestPath long dismissalId) {
        dismissals.undo(id, lang, segmentId, dismissalId, Actor.of(identity));
    }

    @GET
    @Path("{lang}/dismissals")
    @Operation(operationId = "listDismissals",
            summary = "The findings on the current translations marked not an error, with who marked them and why"
            + " (the report, GET …/qa, leaves them out)")
    public List<DismissedFinding> dismissed(@RestPath long id, @RestPath String lang) {
        return dismissals.dismissed(id, lang);
    }
}
