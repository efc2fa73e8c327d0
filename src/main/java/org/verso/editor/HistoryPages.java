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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.diff.WordDiff;
import org.verso.account.Actor;
import org.verso.translation.RevisionService;
import org.verso.translation.RevisionView;

/**
 * One segment's history: its revisions, the word-level difference between any two, and reverting to one. The word
 * "history" comes before the language in the path: under /documents/{id}/{lang}/ the editor's class would compete
 * for the route, and which class wins changed between builds. The segment id sits on the methods: Quarkus REST
 * matches a class path that ends in a parameter lazily, so a class-level {segmentId} took only its first digit.
 */
@Path("/documents/{id}/history/{lang}")
@Authenticated
class HistoryPages {

    /** Two revisions side by side; {@code pieces} turn the older text into the newer one. */
    record Comparison(RevisionView from, RevisionView to, List<WordDiff.Piece> pieces) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(long documentId, String language, EditorRow row,
                                               List<RevisionView> revisions, Comparison comparison);
    }

    private final RevisionService history;
    private final EditorService editor;
    private final SecurityIdentity identity;

    HistoryPages(RevisionService history, EditorService editor, SecurityIdentity identity) {
        this.history = history;
        this.editor = editor;
        this.identity = identity;
    }

    /** Compares revision {@code from} with revision {@code to} (by default the two newest). */
    @GET
    @Path("{segmentId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance history(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                    @RestQuery Integer from, @RestQuery Integer to) {
        List<RevisionView> revisions = history.revisions(id, lang, segmentId);
        return Templates.history(id, lang, editor.row(id, lang, segmentId), revisions,
                compare(revisions, from, to));
    }

    @POST
    @Path("{segmentId}/revert/{version}")
    public Response revert(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                           @RestPath int version) {
        history.revert(id, lang, segmentId, version, Actor.of(identity));
        return Response.seeOther(URI.create("/documents/" + id + "/history/" + lang + "/" + segmentId)).build();
    }

    private static Comparison compare(List<RevisionView> revisions, Integer from, Integer to) {
        if (revisions.isEmpty()) {
            return null;
        }
        RevisionView newer = find(revisions, to, revisions.get(revisions.size() - 1));
        RevisionView older = find(revisions, from, revisions.get(Math.max(0, revisions.size() - 2)));
        return new Comparison(older, newer, WordDiff.between(text(older), text(newer)));
    }

    /** The newest revision with that version (a joined segment may hold two), or the fallback. */
    private static RevisionView find(List<RevisionView> revisions, Integer version, RevisionView fallback) {
        if (version == null) {
            return fallback;
        }
        return revisions.stream().filter(r -> r.version() == version).reduce((a, b) -> b).orElse(fallback);
    }

    private static String text(RevisionView revision) {
        return revision.text() == null ? "" : revision.text();
    }
}
