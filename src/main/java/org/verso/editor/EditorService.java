package org.verso.editor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.account.Actor;
import org.verso.comment.CommentService;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.SegmentView;
import org.verso.document.SourceChangeView;
import org.verso.document.SourceVersionService;
import org.verso.failure.ErrCommon;
import org.verso.failure.NotFoundException;
import org.verso.glossary.GlossaryLookup;
import org.verso.glossary.GlossaryService;
import org.verso.qa.QaIssue;
import org.verso.translation.LanguageProgress;
import org.verso.translation.Revision;
import org.verso.translation.Translation;
import org.verso.translation.TranslationChecks;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;

/** What the editor shows: one page of segments at a time, so a 5,000-segment article opens like a short one. */
@ApplicationScoped
public class EditorService {

    private static final String IN_FILTER = "documentId = ?1 and language = ?2 and status in ?3";

    private final DocumentService documents;
    private final TranslationService translations;
    private final EditorConfig config;
    private final TranslationChecks quality;
    private final GlossaryService glossary;
    private final CommentService comments;
    private final SourceVersionService versions;
    private final AutosaveService autosaves;

    EditorService(DocumentService documents, TranslationService translations,
                  EditorConfig config, TranslationChecks quality, GlossaryService glossary, CommentService comments,
                  SourceVersionService versions, AutosaveService autosaves) {
        this.autosaves = autosaves;
        this.comments = comments;
        this.versions = versions;
        this.quality = quality;
        this.glossary = glossary;
        this.documents = documents;
        this.translations = translations;
        this.config = config;
    }

    /**
     * One page of the editor as {@code viewer} sees it (their unconfirmed text in the boxes). Without a page number,
     * the page holding the first segment that needs the viewer — untranslated or rejected for a translator,
     * translated for a reviewer — which the page then enters.
     */
    public EditorPage openEditor(long documentId, String languageTag, EditorFilter filter, Integer requestedPage,
                                 Actor viewer) {
        String language = translations.requireLanguage(documentId, languageTag);
        DocumentSummary document = documents.getDocument(documentId);
        if (filter.finding() != null) {
            return withFindings(document, language, filter, requestedPage, viewer);
        }
        long matching = filter == EditorFilter.ALL ? document.segmentCount()
                : Translation.count(IN_FILTER, documentId, language, filter.statuses());
        int size = config.pageSize();
        int pageCount = (int) Math.max(1, (matching + size - 1) / size);
        Translation work = requestedPage == null ? firstWork(documentId, language, filter, viewer) : null;
        int wanted = work != null ? (int) (Translation.count(IN_FILTER + " and ordinal < ?4", documentId, language,
                filter.statuses(), work.ordinal) / size) + 1 : requestedPage == null ? 1 : requestedPage;
        int page = Math.min(Math.max(1, wanted), pageCount);
        List<Translation> slice = Translation.find(IN_FILTER, Sort.by("ordinal"), documentId, language,
                filter.statuses()).page(page - 1, size).list();
        List<EditorRow> rows = withAutosaves(documentId, language, viewer, rows(document, language, slice));
        return new EditorPage(document, translations.progress(documentId, language), filter, rows, page, pageCount,
                matching, work == null ? null : work.segmentId, codeKinds(documentId, rows));
    }

    /** The editor reduced to the one row just saved and the fresh progress, for the htmx swap. */
    public EditorPage afterSave(long documentId, String languageTag, long segmentId, EditorFilter filter, int page,
                                Actor viewer) {
        String language = translations.requireLanguage(documentId, languageTag);
        List<EditorRow> rows = withAutosaves(documentId, language, viewer, List.of(rowIn(documentId, language,
                segmentId)));
        return new EditorPage(documents.getDocument(documentId), translations.progress(documentId, language), filter,
                rows, page, page, 1, null, codeKinds(documentId, rows));
    }

    /** The kinds of the inline codes in the rows' paragraphs, for the chips' names; nothing to read without codes. */
    private Map<Integer, List<String>> codeKinds(long documentId, List<EditorRow> rows) {
        return documents.codeKinds(documentId, rows.stream().filter(r -> r.source().indexOf('<') >= 0)
                .map(EditorRow::paragraph).collect(Collectors.toSet()));
    }

    /** The first translatable segment under the filter that waits for what the viewer does, or null. */
    private static Translation firstWork(long documentId, String language, EditorFilter filter, Actor viewer) {
        Set<TranslationStatus> waiting = viewer.isReviewer() ? EnumSet.of(TranslationStatus.TRANSLATED)
                : EnumSet.of(TranslationStatus.NEW, TranslationStatus.DRAFT, TranslationStatus.FUZZY,
                TranslationStatus.REJECTED);
        waiting.retainAll(filter.statuses());
        return waiting.isEmpty() ? null : Translation.find(IN_FILTER + " and translatable = true", Sort.by("ordinal"),
                documentId, language, waiting).firstResult();
    }

    /** The viewer's unconfirmed texts in the boxes, each with the checks' findings on it rather than on the saved text. */
    private List<EditorRow> withAutosaves(long documentId, String language, Actor viewer, List<EditorRow> rows) {
        Map<Long, AutosaveView> kept = autosaves.of(documentId, language, viewer.username(),
                rows.stream().map(EditorRow::segmentId).toList());
        if (kept.isEmpty()) {
            return rows;
        }
        Map<Long, List<QaIssue>> found = quality.check(documentId, documents.getDocument(documentId).sourceLanguage(),
                language, rows.stream().filter(r -> kept.containsKey(r.segmentId())).map(r -> new TranslationChecks.Pair(
                        r.segmentId(), r.ordinal(), r.source(), kept.get(r.segmentId()).text())).toList());
        return rows.stream().map(r -> kept.containsKey(r.segmentId())
                ? r.withAutosave(kept.get(r.segmentId()), found.getOrDefault(r.segmentId(), List.of())) : r).toList();
    }

    /** One row as it is now. */
    public EditorRow row(long documentId, String languageTag, long segmentId) {
        return rowIn(documentId, translations.requireLanguage(documentId, languageTag), segmentId);
    }

    private EditorRow rowIn(long documentId, String language, long segmentId) {
        Translation translation = Translation.find("documentId = ?1 and language = ?2 and segmentId = ?3",
                documentId, language, segmentId).firstResult();
        if (translation == null) {
            throw new NotFoundException(ErrCommon.class, m -> m.documentSegment(documentId, segmentId));
        }
        return rows(documents.getDocument(documentId), language, List.of(translation)).get(0);
    }

    public LanguageProgress progress(long documentId, String languageTag) {
        return translations.progress(documentId, translations.requireLanguage(documentId, languageTag));
    }

    /**
     * The editor under the "errors" or "warnings" filter: the segments, in document order, whose current translation
     * has a finding of that severity that nobody marked "not an error here". The whole language is checked on every
     * page, as the quality report does (docs/qa.md, "Filter"); only the page's rows are built.
     */
    private EditorPage withFindings(DocumentSummary document, String language, EditorFilter filter,
                                    Integer requestedPage, Actor viewer) {
        List<Translation> all = Translation.list("documentId = ?1 and language = ?2 and translatable = true and text "
                + "is not null order by ordinal", document.id(), language);
        Map<Long, String> sources = documents.segments(document.id()).stream()
                .collect(Collectors.toMap(SegmentView::id, SegmentView::source));
        Map<Long, List<QaIssue>> issues = quality.check(document.id(), document.sourceLanguage(), language,
                all.stream().map(t -> new TranslationChecks.Pair(t.segmentId, t.ordinal, sources.get(t.segmentId),
                        t.text)).toList());
        List<Translation> found = all.stream().filter(t -> issues.getOrDefault(t.segmentId, List.of()).stream()
                .anyMatch(i -> i.severity() == filter.finding())).toList();
        int size = config.pageSize();
        int pageCount = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.min(Math.max(1, requestedPage == null ? 1 : requestedPage), pageCount);
        List<Translation> slice = found.subList(Math.min(found.size(), (page - 1) * size),
                Math.min(found.size(), page * size));
        List<EditorRow> rows = withAutosaves(document.id(), language, viewer, rows(document, language, slice));
        return new EditorPage(document, translations.progress(document.id(), language), filter, rows, page, pageCount,
                found.size(), null, codeKinds(document.id(), rows));
    }

    /** The newest commented revision of each translation on the page (a reviewer's reason, say); one query. */
    private static Map<Long, Revision> latestComments(List<Translation> slice) {
        if (slice.isEmpty()) {
            return Map.of();
        }
        List<Revision> commented = Revision.list("translationId in ?1 and comment is not null order by id",
                slice.stream().map(t -> t.id).toList());
        return commented.stream().collect(Collectors.toMap(r -> r.translationId, Function.identity(), (a, b) -> b));
    }

    private List<EditorRow> rows(DocumentSummary document, String language, List<Translation> slice) {
        long documentId = document.id();
        Map<Long, SegmentView> segments = documents.segments(documentId, slice.stream().map(t -> t.segmentId).toList())
                .stream().collect(Collectors.toMap(SegmentView::id, Function.identity()));
        Map<Long, Revision> reviewNotes = latestComments(slice);
        Map<Long, Long> commentCounts = comments.counts(documentId, segments.keySet());
        Set<Long> joinable = documents.joinableSegments(documentId, segments.keySet());
        Map<Long, List<QaIssue>> issues = quality.check(documentId, document.sourceLanguage(), language,
                slice.stream().filter(t -> t.translatable).map(t -> new TranslationChecks.Pair(t.segmentId, t.ordinal,
                        segments.get(t.segmentId).source(), t.text)).toList());
        GlossaryLookup terms = glossary.lookup(document.sourceLanguage(), language);
        // Only a document with a second source version has changed sentences to show; most never get one.
        Map<Long, SourceChangeView> changed = document.sourceVersion() > 1
                ? versions.currentChanges(documentId, document.sourceVersion(), segments.keySet()) : Map.of();
        return slice.stream().map(t -> {
            SegmentView s = segments.get(t.segmentId);
            Revision c = reviewNotes.get(t.id);
            return new EditorRow(s.id(), s.ordinal(), s.paragraph(), s.kind(), s.source(), t.translatable, t.text,
                    t.status, t.version, t.updatedBy, t.updatedAt, c == null ? null : c.comment,
                    c == null ? null : c.author, joinable.contains(s.id()), issues.getOrDefault(s.id(), List.of()),
                    terms.isEmpty() || !t.translatable ? List.of() : terms.hints(s.source()),
                    commentCounts.getOrDefault(s.id(), 0L), changed.get(s.id()), null, null, s);
        }).toList();
    }
}
