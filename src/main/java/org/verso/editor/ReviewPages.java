package org.verso.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.verso.account.Actor;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;

/** "Approve all without errors": the count first, then the step, each on a page of its own. */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class ReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(DocumentSummary document, String language, ReviewCount count,
                                              boolean done);
    }

    private final ReviewService review;
    private final DocumentService documents;
    private final SecurityIdentity identity;

    ReviewPages(ReviewService review, DocumentService documents, SecurityIdentity identity) {
        this.review = review;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @Path("review")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance count(@RestPath long id, @RestPath String lang) {
        ReviewCount count = review.count(id, lang, Actor.of(identity));
        return Templates.review(documents.getDocument(id), lang, count, false);
    }

    @POST
    @Path("approve-clean")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance approveClean(@RestPath long id, @RestPath String lang) {
        ReviewCount done = review.approveClean(id, lang, Actor.of(identity));
        return Templates.review(documents.getDocument(id), lang, done, true);
    }
}
