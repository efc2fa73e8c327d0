package org.verso.translation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.document.ResegmentationService;
import org.verso.failure.ConflictException;
import org.verso.htmx.Htmx;

/**
 * The editor: a page of segments with their translations; each save answers htmx with the row and the progress
 * bar, and a plain form post with a redirect back to the same place. The language path segment is constrained to
 * tag syntax so the document page's own sub-paths never reach here.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class EditorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(EditorPage editor, List<EditorFilter> filters, boolean oob);

        static native TemplateInstance editor$row(EditorPage editor, EditorRow row);

        static native TemplateInstance editor$progress(EditorPage editor, boolean oob);

        static native TemplateInstance conflict(EditorRow current, String yourText, String action, String saveUrl);

        static native TemplateInstance conflict$panel(EditorRow current, String yourText, String action,
                                                      String saveUrl);
    }

    private final EditorService editor;
    private final TranslationService translations;
    private final ResegmentationService resegmentation;
    private final ExportService exports;
    private final SecurityIdentity identity;

    EditorPages(EditorService editor, TranslationService translations, ResegmentationService resegmentation,
                ExportService exports, SecurityIdentity identity) {
        this.editor = editor;
        this.translations = translations;
        this.resegmentation = resegmentation;
        this.exports = exports;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance open(@RestPath long id, @RestPath String lang, @RestQuery String status,
                          @RestQuery Integer page) {
        EditorPage opened = editor.openEditor(id, lang, EditorFilter.parse(status), page == null ? 1 : page);
        return Templates.editor(opened, List.of(EditorFilter.values()), false);
    }

    @POST
    @Path("segments/{segmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestForm String text,
                  @RestForm Integer version, @RestForm String action, @RestForm String comment,
                  @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        EditorFilter filter = EditorFilter.parse(status);
        int pageNumber = page == null ? 1 : page;
        String typed = text == null ? null : text.replace("\r\n", "\n");
        if (!EditorAction.KEEP.id().equals(action)) {
            try {
                translations.saveTranslation(new SaveRequest(id, lang, segmentId, typed,
                        EditorAction.parse(action).status(), version, comment), Actor.of(identity));
            } catch (ConflictException e) {
                return conflict(id, lang, segmentId, typed, action, filter, pageNumber, headers, e);
            }
        }
        if (!Htmx.isHtmx(headers)) {
            return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "?status=" + filter.id() + "&page="
                    + pageNumber + "#seg-" + segmentId)).build();
        }
        EditorPage saved = editor.afterSave(id, lang, segmentId, filter, pageNumber);
        String html = Templates.editor$row(saved, saved.rows().get(0)).render()
                + Templates.editor$progress(saved, true).render();
        return Response.ok(html).build();
    }

    @POST
    @Path("segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestForm Integer offset,
                          @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        resegmentation.splitSegment(id, segmentId, offset, identity.getPrincipal().getName());
        return backToEditor(id, lang, segmentId, status, page, headers);
    }

    @POST
    @Path("segments/{segmentId}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                         @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        resegmentation.joinWithNext(id, segmentId, identity.getPrincipal().getName());
        return backToEditor(id, lang, segmentId, status, page, headers);
    }

    @GET
    @Path("download")
    public Response download(@RestPath long id, @RestPath String lang, @RestQuery String format,
                      @RestQuery boolean partial) {
        return ExportResponses.of(exports.export(id, lang, format == null ? "txt" : format, partial));
    }

    /** Ordinals below the segment changed, so htmx reloads the whole page rather than swap a row. */
    private static Response backToEditor(long id, String lang, long segmentId, String status, Integer page,
                                         HttpHeaders headers) {
        if (Htmx.isHtmx(headers)) {
            return Response.ok().header(Htmx.REFRESH, "true").build();
        }
        return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "?status="
                + EditorFilter.parse(status).id() + "&page=" + (page == null ? 1 : page) + "#seg-" + segmentId)).build();
    }

    private Response conflict(long id, String lang, long segmentId, String typed, String action, EditorFilter filter,
                              int page, HttpHeaders headers, ConflictException e) {
        if (!e.details().containsKey("version")) {
            throw e;
        }
        EditorRow current = editor.row(id, lang, segmentId);
        String saveUrl = "/documents/" + id + "/" + lang + "/segments/" + segmentId + "?status=" + filter.id()
                + "&page=" + page;
        String yours = typed == null ? "" : typed;
        TemplateInstance view = Htmx.isHtmx(headers) ? Templates.conflict$panel(current, yours, action, saveUrl)
                : Templates.conflict(current, yours, action, saveUrl);
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE).entity(view).build();
    }
}
