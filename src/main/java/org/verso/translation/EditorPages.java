package org.verso.translation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ResegmentationService;
import org.verso.failure.ConflictException;
import org.verso.htmx.Htmx;
import org.verso.job.JobResponses;
import org.verso.memory.MemoryMatch;
import org.verso.qa.QaCheck;
import org.verso.qa.QaChecks;

/**
 * The editor: a page of segments with their translations; each save answers htmx with the row and the progress
 * bar, and a plain form post with a redirect back to the same place. The language path segment is constrained to
 * tag syntax so the document page's own sub-paths never reach here.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class EditorPages {

    /** Matches the editor shows per segment: as many as Ctrl+Shift+1…9 can insert. */
    private static final int MATCHES_SHOWN = 9;
    private static final int MATCH_THRESHOLD = 70;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(EditorPage editor, List<EditorFilter> filters, boolean oob);

        static native TemplateInstance editor$row(EditorPage editor, EditorRow row);

        static native TemplateInstance editor$progress(EditorPage editor, boolean oob);

        static native TemplateInstance conflict(EditorRow current, String yourText, String action, String saveUrl);

        static native TemplateInstance analysis(DocumentSummary document, MatchAnalysis analysis,
                                                PretranslationResult pretranslated, boolean machine);

        static native TemplateInstance qa(DocumentSummary document, String language, List<QaFinding> findings,
                                          List<QaFinding> shown, String severity, String check, List<QaCheck> checks,
                                          Set<String> disabled, int pageSize);

        static native TemplateInstance matches(EditorRow row, List<MatchView> matches, int threshold, String saveUrl,
                                               String editorUrl, String machineUrl);

        static native TemplateInstance matches$panel(EditorRow row, List<MatchView> matches, int threshold,
                                                     String saveUrl, String editorUrl, String machineUrl);

        static native TemplateInstance machine(EditorRow row, List<MachineView> suggestions, List<String> unavailable,
                                               String saveUrl, String editorUrl);

        static native TemplateInstance machine$panel(EditorRow row, List<MachineView> suggestions,
                                                     List<String> unavailable, String saveUrl, String editorUrl);

        static native TemplateInstance conflict$panel(EditorRow current, String yourText, String action,
                                                      String saveUrl);
    }

    private final EditorService editor;
    private final TranslationService translations;
    private final ResegmentationService resegmentation;
    private final ExportService exports;
    private final DocumentService documents;
    private final QualityService quality;
    private final EditorConfig pageSize;
    private final SecurityIdentity identity;
    private final MachineSuggestions machine;
    private final MachinePretranslation machinePretranslation;
    private final LanguageRights rights;
    @Inject
    PretranslationJob pretranslationJobs;

    EditorPages(EditorService editor, TranslationService translations, ResegmentationService resegmentation,
                ExportService exports, DocumentService documents, QualityService quality, EditorConfig pageSize,
                SecurityIdentity identity, MachineSuggestions machine, MachinePretranslation machinePretranslation,
                LanguageRights rights) {
        this.rights = rights;
        this.machine = machine;
        this.machinePretranslation = machinePretranslation;
        this.quality = quality;
        this.pageSize = pageSize;
        this.documents = documents;
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
                  @RestForm String qaOverride,
                  @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        EditorFilter filter = EditorFilter.parse(status);
        int pageNumber = page == null ? 1 : page;
        String typed = text == null ? null : text.replace("\r\n", "\n");
        if (!EditorAction.KEEP.id().equals(action)) {
            try {
                translations.saveTranslation(new SaveRequest(id, lang, segmentId, typed,
                        EditorAction.parse(action).status(), version, comment, qaOverride), Actor.of(identity));
            } catch (ConflictException e) {
                return conflict(id, lang, segmentId, typed, action, filter, pageNumber, headers, e);
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
        EditorPage current = editor.afterSave(id, lang, segmentId, filter, pageNumber);
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
     * The memory matches of one segment: for htmx the panel under the segment (loaded when the translator enters
     * it), otherwise a page whose "Use" buttons save the match as a draft.
     */
    @GET
    @Path("segments/{segmentId}/matches")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance matches(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                    @RestQuery String status, @RestQuery Integer page, HttpHeaders headers) {
        EditorRow row = editor.row(id, lang, segmentId);
        List<MemoryMatch> found = translations.matches(id, lang, segmentId, MATCHES_SHOWN, MATCH_THRESHOLD);
        List<MatchView> views = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            views.add(MatchView.of(i + 1, found.get(i), row.source()));
        }
        String query = "?status=" + EditorFilter.parse(status).id() + "&page=" + (page == null ? 1 : page);
        String saveUrl = "/documents/" + id + "/" + lang + "/segments/" + segmentId + query;
        String editorUrl = "/documents/" + id + "/" + lang + query + "#seg-" + segmentId;
        String machineUrl = machine.enabled() ? "/documents/" + id + "/" + lang + "/segments/" + segmentId + "/mt"
                + query + "&first=" + (views.size() + 1) : null;
        return Htmx.isHtmx(headers)
                ? Templates.matches$panel(row, views, MATCH_THRESHOLD, saveUrl, editorUrl, machineUrl)
                : Templates.matches(row, views, MATCH_THRESHOLD, saveUrl, editorUrl, machineUrl);
    }

    /**
     * Machine translation suggestions for one segment, numbered on from the memory matches ({@code first}); htmx
     * loads the panel lazily after the matches, so neither page waits for an engine. An engine that is down shows
     * as "MT unavailable", never as an error.
     */
    @GET
    @Path("segments/{segmentId}/mt")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance machine(@RestPath long id, @RestPath String lang, @RestPath long segmentId,
                                    @RestQuery String status, @RestQuery Integer page, @RestQuery Integer first,
                                    HttpHeaders headers) {
        MachineSuggestions.ForSegment found = machine.forSegment(id, lang, segmentId);
        List<MachineView> views = MachineView.number(found.suggestions().found(),
                first == null ? 1 : Math.max(1, first));
        String query = "?status=" + EditorFilter.parse(status).id() + "&page=" + (page == null ? 1 : page);
        String saveUrl = "/documents/" + id + "/" + lang + "/segments/" + segmentId + query;
        String editorUrl = "/documents/" + id + "/" + lang + query + "#seg-" + segmentId;
        List<String> unavailable = found.suggestions().unavailable();
        return Htmx.isHtmx(headers) ? Templates.machine$panel(found.row(), views, unavailable, saveUrl, editorUrl)
                : Templates.machine(found.row(), views, unavailable, saveUrl, editorUrl);
    }

    /** The quality report: every finding on the language's translations, filtered by severity and check. */
    @GET
    @Path("qa")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance qa(@RestPath long id, @RestPath String lang, @RestQuery String severity,
                               @RestQuery String check) {
        List<QaFinding> findings = translations.qualityReport(id, lang);
        String wantedSeverity = severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT);
        String wantedCheck = check == null ? "" : check.strip();
        List<QaFinding> shown = findings.stream()
                .filter(f -> wantedSeverity.isEmpty() || f.severity().equals(wantedSeverity))
                .filter(f -> wantedCheck.isEmpty() || f.check().equals(wantedCheck)).toList();
        return Templates.qa(documents.getDocument(id), lang, findings, shown, wantedSeverity, wantedCheck,
                QaChecks.all(), quality.disabledChecks(id), pageSize.pageSize());
    }

    /** An admin turns checks on and off for the document: the form sends the ids of the checks to keep on. */
    @POST
    @Path("qa-settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    public Response qaSettings(@RestPath long id, @RestPath String lang, @RestForm("enabled") List<String> enabled) {
        Set<String> on = enabled == null ? Set.of() : Set.copyOf(enabled);
        quality.setDisabledChecks(id, QaChecks.all().stream().map(QaCheck::id).filter(c -> !on.contains(c)).toList());
        return Response.seeOther(URI.create("/documents/" + id + "/" + lang + "/qa")).build();
    }

    @GET
    @Path("analysis")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance analysis(@RestPath long id, @RestPath String lang) {
        return Templates.analysis(documents.getDocument(id), translations.analysis(id, lang), null, machine.enabled());
    }

    /**
     * Pre-translates from memory (and by machine with mt=true), then shows the analysis with what was filled; a
     * large document, or a press on the background button, becomes a job whose page shows its progress.
     */
    @POST
    @Path("pretranslate")
    @Produces(MediaType.TEXT_HTML)
    public Response pretranslate(@RestPath long id, @RestPath String lang, @RestForm boolean mt,
                                 @RestForm boolean background) {
        if (background || !pretranslationJobs.runsInline(id)) {
            return JobResponses.toPage(pretranslationJobs.submit(id, lang, mt, Actor.of(identity)));
        }
        PretranslationResult filled = mt ? machinePretranslation.pretranslate(id, lang, Actor.of(identity), n -> { })
                : translations.pretranslate(id, lang, Actor.of(identity));
        return Response.ok(Templates.analysis(documents.getDocument(id), translations.analysis(id, lang), filled,
                machine.enabled())).build();
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
        return Response.seeOther(atRow(id, lang, segmentId, EditorFilter.parse(status), page == null ? 1 : page))
                .build();
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
