package org.verso.quality;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.account.Actor;
import org.verso.quality.DismissalService.DismissRequest;

/**
 * The "Not an error here" forms: under a finding in the editor row, and "undo" in the quality report. A mark answers
 * with a redirect to the row, which htmx follows and swaps in (the row without the finding); a plain form post lands
 * on the editor page at the row.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class DismissalPages {

    private final DismissalService dismissals;
    private final SecurityIdentity identity;

    DismissalPages(DismissalService dismissals, SecurityIdentity identity) {
        this.dismissals = dismissals;
        this.identity = identity;
    }

    @POST
    @Path("segments/{segmentId}/dismissals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestForm String check,
                            @RestForm String message, @RestForm String reason, @RestQuery String status,
                            @RestQuery Integer page) {
        dismissals.dismiss(id, lang, segmentId, new DismissRequest(check, message, reason), Actor.of(identity));
        String filter = status == null ? "" : status.replaceAll("[^A-Za-z-]", "");
        return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "/segments/" + segmentId + "?status="
                + filter + "&page=" + (page == null ? 1 : page))).build();
    }

    @POST
    @Path("segments/{segmentId}/dismissals/{dismissalId}/delete")
    public Response undo(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                         @RestPath long dismissalId) {
        dismissals.undo(id, lang, segmentId, dismissalId, Actor.of(identity));
        return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "/qa")).build();
    }
}
