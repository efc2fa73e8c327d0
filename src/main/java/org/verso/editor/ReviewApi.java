package org.verso.editor;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;

/** A reviewer's bulk approval of the translated segments without errors. */
@Path("/api/documents/{id}/languages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
class ReviewApi {

    private final ReviewService review;
    private final SecurityIdentity identity;

    ReviewApi(ReviewService review, SecurityIdentity identity) {
        this.review = review;
        this.identity = identity;
    }

    @GET
    @Path("{lang}/review")
    @Operation(operationId = "countReviewable",
            summary = "How many TRANSLATED segments have no quality-check error (clean) and how many have errors"
            + " (withErrors): what approve-clean would do; reviewers and admins")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewCount.class)))
    @APIResponse(responseCode = "403", description = "Only reviewers and admins review")
    public ReviewCount count(@RestPath long id, @RestPath String lang) {
        return review.count(id, lang, Actor.of(identity));
    }

    @POST
    @Path("{lang}/approve-clean")
    @Operation(operationId = "approveClean",
            summary = "Approve every TRANSLATED segment without quality-check errors in one step (a revision each,"
            + " origin REVIEW); those with errors stay: {clean: approved, withErrors: left}; reviewers and admins")
    public ReviewCount approveClean(@RestPath long id, @RestPath String lang) {
        return review.approveClean(id, lang, Actor.of(identity));
    }
}
