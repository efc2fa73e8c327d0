package org.verso.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
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
import org.verso.failure.QualityGateException;
import org.verso.htmx.Htmx;
import org.verso.qa.QaIssue;
import org.verso.qa.Severity;
import org.verso.account.Actor;
import org.verso.translation.LanguageRights;
import org.verso.translation.SaveRequest;
import org.verso.translation.StaleTranslationException;
import org.verso.translation.TranslationService;

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
    private final ReviewService review;
    private final TranslationService translations;
    private final ResegmentationService resegmentation;
    private final SecurityIdentity identity;
    private final LanguageRights rights;
    private final AutosaveService autosaves;

    EditorPages(EditorService editor, ReviewService review, TranslationService translations,
                ResegmentationService resegmentation, SecurityIdentity identity, LanguageRights rights,
                AutosaveService autosaves) {
        this.autosaves = autosaves;
        this.editor = editor;
        this.review = review;
        this.translations = translations;
        this.resegmentation = resegmentation;
        this.identity = identity;
        this.rights = rights;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance open(@RestPath long id, @RestPath String lang, @RestQuery String status,
                          @RestQuery Integer page) {
        EditorPage opened = editor.openEditor(id, lang, EditorFilter.parse(status), page, Actor.of(identity));
        return Templates.editor(opened, List.of(EditorFilter.values()), false);
    }

    @POST
    @Path("segments/{segmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestForm String text,
                  @RestForm Integer version, @RestForm String action, @RestForm String comment,
                  @RestForm String qaOverride, @BeanParam PluralFields forms,
                  @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        EditorFilter filter = EditorFilter.parse(status);
        int pageNumber = page == null ? 1 : page;
        String plural = forms == null ? null : forms.typed();
        String typed = plural != null ? plural : text == null ? null : text.replace("\r\n", "\n");
        EditorAction step = EditorAction.parse(action == null ? EditorAction.CONFIRM.id() : action);
        Actor actor = Actor.of(identity);
        boolean confirming = step == EditorAction.CONFIRM || step == EditorAction.CONFIRM_ANYWAY;
        if (step == EditorAction.KEEP) {
            autosaves.discard(id, lang, segmentId, actor); // "keep theirs": the text typed over it goes
        }
        if (step != EditorAction.KEEP && !(confirming && review.keepsApproval(id, lang, segmentId, typed, actor))) {
            if (step == EditorAction.CONFIRM && typed != null && (qaOverride == null || qaOverride.isBlank())) {
                List<QaIssue> errors = autosaves.errorsIn(id, lang, segmentId, typed);
                if (!errors.isEmpty()) {
                    autosaves.put(id, lang, segmentId, typed, version, actor); // kept, unconfirmed, for a reload
                    return unconfirmed(id, lang, segmentId, typed, version, filter, pageNumber, headers, errors);
                }
            }
            try {
                SaveRequest request = new SaveRequest(id, lang, segmentId, typed, step.status(), version, comment,
                        qaOverride);
                if (step == EditorAction.REJECT) {
                    review.reject(request, actor);
                } else {
                    translations.saveTranslation(request, actor);
                }
            } catch (StaleTranslationException e) {
                keepTyped(id, lang, segmentId, typed, version, actor);
                return conflict(id, lang, segmentId, typed, action, filter, pageNumber, headers, e);
            } catch (ConflictException e) {
                return conflict(id, lang, segmentId, typed, action, filter, pageNumber, headers, e);
            } catch (QualityGateException e) {
                return refusedApproval(id, lang, segmentId, typed, filter, pageNumber, headers, e);
            }
        }
        return row(id, lang, segmentId, status, page, headers);
    }

    /** One row as it is now, with the progress bar: the editor reloads a row someone else just saved. */
    @GET
    @Path("segments/{segmentId}")
    @Produces(MediaType.TEXT_HTML)
    public Response row(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                        @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        EditorFilter filter = EditorFilter.parse(status);
        int pageNumber = page == null ? 1 : page;
        if (!Htmx.isHtmx(headers)) {
            return Response.seeOther(atRow(id, lang, segmentId, filter, pageNumber)).build();
        }
        EditorPage current = editor.afterSave(id, lang, segmentId, filter, pageNumber, Actor.of(identity));
        return Response.ok(Templates.editor$row(current, current.rows().get(0)).render()
                + Templates.editor$progress(current, true).render()).build();
    }

    @POST
    @Path("segments/{segmentId}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@RestPath long id, @RestPath String lang, @RestPath long segmentId, @RestForm Integer offset,
                          @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        resegmentation.splitSegment(id, segmentId, offset, identity.getPrincipal().getName());
        return backToEditor(id, lang, segmentId, status, page, headers);
    }

    @POST
    @Path("segments/{segmentId}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                         @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        rights.requireEveryLanguage(id, Actor.of(identity));
        resegmentation.joinWithNext(id, segmentId, identity.getPrincipal().getName());
        return backToEditor(id, lang, segmentId, status, page, headers);
    }

    /**
     * An approval over quality errors without a reason, refused: the row comes back as the reviewer left it, their
     * text kept, the errors listed in it, the reason field open and the refusal said there (not in a box at the top
     * of the page, and without the API's field names). Without htmx, a page that says the same.
     */
    private Response refusedApproval(long id, String lang, long segmentId, String typed, EditorFilter filter,
                                     int page, HttpHeaders headers, QualityGateException e) {
        List<QaIssue> errors = e.issues().stream().map(i -> new QaIssue(String.valueOf(i.get("check")),
                Severity.valueOf(String.valueOf(i.get("severity"))), String.valueOf(i.get("message")))).toList();
        if (!Htmx.isHtmx(headers)) {
            throw new QualityGateException(MessageBundles.get(EditorMessages.class).notApproved(errors.size()),
                    e.issues());
        }
        EditorPage current = editor.afterSave(id, lang, segmentId, filter, page, Actor.of(identity));
        EditorRow shown = current.rows().get(0).refused(typed == null ? current.rows().get(0).text() : typed, null,
                errors, EditorRow.NOT_APPROVED);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.editor$row(current, shown).render()).build();
    }

    /**
     * A confirm over quality errors stops: the text is kept as the person's unconfirmed text (so a reload or a closed
     * tab loses nothing), and the row comes back with the errors in it and the way on — fix it, or confirm anyway
     * (Ctrl+Enter again, the button, or a reason). Without htmx, the editor at that row shows the same.
     */
    private Response unconfirmed(long id, String lang, long segmentId, String typed, Integer version,
                                 EditorFilter filter, int page, HttpHeaders headers, List<QaIssue> errors) {
        if (!Htmx.isHtmx(headers)) {
            return Response.seeOther(atRow(id, lang, segmentId, filter, page)).build();
        }
        EditorPage current = editor.afterSave(id, lang, segmentId, filter, page, Actor.of(identity));
        EditorRow shown = current.rows().get(0).refused(typed, version, errors, EditorRow.NOT_CONFIRMED);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.editor$row(current, shown).render()).build();
    }

    /** Ordinals below the segment changed, so htmx reloads the whole page rather than swap a row. */
    private static Response backToEditor(long id, String lang, long segmentId, String status, Integer page,
                                         HttpHeaders headers) {
        if (Htmx.isHtmx(headers)) {
            return Response.ok().header(Htmx.REFRESH, "true").build();
        }
        return Response.seeOther(atRow(id, lang, segmentId, EditorFilter.parse(status), page == null ? 1 : page))
                .build();
    }

    /** Text a conflict did not save is kept as the person's unconfirmed text until they choose: a reload loses nothing. */
    private void keepTyped(long id, String lang, long segmentId, String typed, Integer version, Actor actor) {
        if (typed == null) {
            return;
        }
        try {
            autosaves.put(id, lang, segmentId, typed, version, actor);
        } catch (ConflictException locked) {
            // approved meanwhile and locked for this person: the conflict view still shows their text
        }
    }

    /** The editor page that holds the segment, scrolled to it. */
    private static URI atRow(long id, String lang, long segmentId, EditorFilter filter, int page) {
        return URI.create("/documents/" + id + "/" + lang + "?status=" + filter.id() + "&page=" + page + "#seg-"
                + segmentId);
    }

    private Response conflict(long id, String lang, long segmentId, String typed, String action, EditorFilter filter,
                              int page, HttpHeaders headers, ConflictException e) {
        if (!(e instanceof StaleTranslationException)) {
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
