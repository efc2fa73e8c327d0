package org.verso.editor;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.failure.InvalidInputException;

/** A person's unconfirmed text, kept as they type: never a change to the translation itself. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class AutosaveApi {

    /** The text typed so far and the translation version it was typed over (the current one when left out). */
    record AutosaveBody(String text, Integer version) {
    }

    private final AutosaveService autosaves;
    private final SecurityIdentity identity;

    AutosaveApi(AutosaveService autosaves, SecurityIdentity identity) {
        this.autosaves = autosaves;
        this.identity = identity;
    }

    @PUT
    @Path("{lang}/translations/{segmentId}/autosave")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAutosave",
            summary = "Keep the text you typed, unconfirmed and for you alone (status and version unchanged);"
            + " answers with the quality findings on it. Text equal to the saved translation removes the autosave")
    @APIResponse(responseCode = "200", description = "Your unconfirmed text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AutosaveView.class)))
    @APIResponse(responseCode = "409", description = "The segment is locked for you (approved)")
    public AutosaveView put(@RestPath long id, @RestPath String lang, @RestPath long segmentId, AutosaveBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrEditor.class, m -> m.sendJsonBodyText());
        }
        return autosaves.put(id, lang, segmentId, body.text(), body.version(), Actor.of(identity));
    }

    @DELETE
    @Path("{lang}/translations/{segmentId}/autosave")
    @Operation(operationId = "discardAutosave",
            summary = "Discard your unconfirmed text of a segment")
    @APIResponse(responseCode = "204", description = "Your unconfirmed text is gone")
    public void discard(@RestPath long id, @RestPath String lang, @RestPath long segmentId) {
        autosaves.discard(id, lang, segmentId, Actor.of(identity));
    }

    @GET
    @Path("{lang}/autosaves")
    @Operation(operationId = "listAutosaves",
            summary = "Your unconfirmed texts in this language, in segment order")
    public List<AutosaveView> mine(@RestPath long id, @RestPath String lang) {
        return autosaves.mine(id, lang, Actor.of(identity));
    }
}
