package org.verso.comment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.document.DocumentService;
import org.verso.document.SegmentView;

/** A segment's discussion page: the threads, a form to comment, and a reply form under each comment. */
@Path("/documents/{id}/segments/{segmentId}/comments")
@Authenticated
class CommentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comments(long documentId, SegmentView segment, List<CommentView> comments,
                                                String back);
    }

    private final CommentService comments;
    private final DocumentService documents;
    private final SecurityIdentity identity;

    CommentPages(CommentService comments, DocumentService documents, SecurityIdentity identity) {
        this.comments = comments;
        this.documents = documents;
        this.identity = identity;
    }

    /** {@code lang}: the editor language to go back to. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath long id, @RestPath long segmentId, @RestQuery String lang) {
        return Templates.comments(id, documents.segmentInContext(id, segmentId).segment(),
                comments.comments(id, segmentId), back(id, segmentId, lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@RestPath long id, @RestPath long segmentId, @RestForm String text,
                            @RestForm Long replyTo, @RestQuery String lang) {
        CommentView added = comments.addComment(id, segmentId, text, replyTo, identity.getPrincipal().getName());
        String query = lang == null || lang.isBlank() ? "" : "?lang=" + lang;
        return Response.seeOther(URI.create("/documents/" + id + "/segments/" + segmentId + "/comments" + query
                + "#comment-" + added.id())).build();
    }

    private static String back(long id, long segmentId, String lang) {
        return lang == null || !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)*") ? "/documents/" + id
                : "/documents/" + id + "/" + lang + "#seg-" + segmentId;
    }
}
