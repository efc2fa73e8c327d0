package org.verso.suggestion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.verso.htmx.Htmx;
import org.verso.memory.MemoryMatch;
import org.verso.translation.TranslationService;
import org.verso.editor.EditorFilter;
import org.verso.editor.EditorRow;
import org.verso.editor.EditorService;

/**
 * The suggestion panels under a segment in the editor: its memory matches, then what the machine translation
 * engines offer. Loaded by htmx when the translator enters the segment; without JavaScript, pages of their own.
 */
@Path("/documents/{id}/{lang: [A-Za-z][A-Za-z][A-Za-z]?(?:-[A-Za-z0-9]+)*}")
@Authenticated
class SuggestionPages {

    /** Matches the editor shows per segment: as many as Ctrl+Shift+1…9 can insert. */
    private static final int MATCHES_SHOWN = 9;
    private static final int MATCH_THRESHOLD = 70;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matches(EditorRow row, List<MatchView> matches, int threshold, String saveUrl,
                                               String editorUrl, String machineUrl);

        static native TemplateInstance matches$panel(EditorRow row, List<MatchView> matches, int threshold,
                                                     String saveUrl, String editorUrl, String machineUrl);

        static native TemplateInstance machine(EditorRow row, List<MachineView> suggestions, List<String> unavailable,
                                               String saveUrl, String editorUrl);

        static native TemplateInstance machine$panel(EditorRow row, List<MachineView> suggestions,
                                                     List<String> unavailable, String saveUrl, String editorUrl);
    }

    private final EditorService editor;
    private final TranslationService translations;
    private final MachineSuggestions machine;

    SuggestionPages(EditorService editor, TranslationService translations, MachineSuggestions machine) {
        this.editor = editor;
        this.translations = translations;
        this.machine = machine;
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
}
