package org.verso.comment;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.failure.InvalidInputException;

/** The discussion of one segment. */
@Path("/api/documents/{id}/segments/{segmentId}/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
class CommentApi {

    /** A new comment; {@code replyTo} is the id of the comment it answers. */
    record CommentBody(@Schema(required = true) String text, Long replyTo) {
    }

    private final CommentService comments;
    private final SecurityIdentity identity;

    CommentApi(CommentService comments, SecurityIdentity identity) {
        this.comments = comments;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listComments",
            summary = "The segment's comments in thread order: [{id, user, text, at, replyTo, mentions}]")
    public List<CommentView> comments(@RestPath long id, @RestPath long segmentId) {
        return comments.comments(id, segmentId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addComment",
            summary = "Comment on a segment, or answer a comment (replyTo); @username mentions a user."
            + " 201 with the segment's comments")
    @APIResponse(responseCode = "201", description = "The segment's comments in thread order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class, type = SchemaType.ARRAY)))
    public Response comment(@RestPath long id, @RestPath long segmentId, CommentBody body) {
        if (body == null) {
            throw new InvalidInputException(ErrComment.class, m -> m.sendJsonBodyComment());
        }
        comments.addComment(id, segmentId, body.text(), body.replyTo(), identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(comments.comments(id, segmentId)).build();
    }
}
