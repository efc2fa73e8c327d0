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
    @Operation(summary = "Keep the text you typed, unconfirmed and for you alone (status and version unchanged);"
            + " answers with the quality findings on it. Text equal to the saved translation removes the autosave")
    public AutosaveView put(@RestPath long id, @RestPath String lang, @RestPath long segmentId, AutosaveBody body) {
        if (body == null) {
            throw new InvalidInputException("Send a JSON body with the text typed so far and the version it was typed"
                    + " over.");
        }
        return autosaves.put(id, lang, segmentId, body.text(), body.version(), Actor.of(identity));
    }

    @DELETE
    @Path("{lang}/translations/{segmentId}/autosave")
    @Operation(summary = "Discard your unconfirmed text of a segment")
    public void discard(@RestPath long id, @RestPath String lang, @RestPath long segmentId) {
        autosaves.discard(id, lang, segmentId, Actor.of(identity));
    }

    @GET
    @Path("{lang}/autosaves")
    @Operation(summary = "Your unconfirmed texts in this language, in segment order")
    public List<AutosaveView> mine(@RestPath long id, @RestPath String lang) {
        return autosaves.mine(id, lang, Actor.of(identity));
    }
}
