package org.verso.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ParagraphView;
import org.verso.document.SegmentView;
import org.verso.document.SourceFormat;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.UnitState;
import org.verso.interchange.html.HtmlWriter;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;

/**
 * An HTML article's live preview as the page itself: the export's writer fills the imported page with each
 * segment's current text (the translation once typed and saved, approved or not; the source where there is none yet),
 * and {@link PreviewMarks} marks where each segment lies so the editor can highlight the active one.
 */
@ApplicationScoped
public class ArticlePreview {

    /** Paints the marked ranges (CSS Custom Highlight API, set by the editor's preview.js). */
    private static final String STYLE = "::highlight(pv-active){background-color:#ffe58a;color:inherit}"
            + "::highlight(pv-untranslated){text-decoration:underline dotted #b45309 2px}";

    private final DocumentService documents;
    private final TranslationService translations;

    ArticlePreview(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** The page, or empty for an article that was not imported from an HTML page. */
    @Transactional
    public Optional<byte[]> page(long documentId, String languageTag) {
        String language = translations.requireLanguage(documentId, languageTag);
        DocumentSummary document = documents.getDocument(documentId);
        // Only a page has a page to show (a Word document's skeleton is its package, not markup).
        Optional<String> skeleton = document.sourceFormat() == SourceFormat.HTML ? documents.skeleton(documentId)
                : Optional.empty();
        if (skeleton.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Translation> current = Translation.<Translation>list("documentId = ?1 and language = ?2",
                documentId, language).stream().collect(Collectors.toMap(t -> t.segmentId, Function.identity()));
        Map<Long, String> states = new HashMap<>();
        Map<Integer, List<BilingualUnit>> units = new HashMap<>();
        for (SegmentView segment : documents.segments(documentId)) {
            if (segment.leftOut()) {
                continue;
            }
            Translation translation = current.get(segment.id());
            String state = state(translation);
            states.put(segment.id(), state);
            String text = state.equals("translated") ? translation.text : segment.source();
            units.computeIfAbsent(segment.paragraph(), k -> new ArrayList<>()).add(new BilingualUnit(
                    "s" + segment.id(), segment.source(), PreviewMarks.wrap(segment.id(), text), UnitState.TRANSLATED,
                    state, true));
        }
        List<BilingualParagraph> paragraphs = new ArrayList<>();
        for (ParagraphView paragraph : documents.paragraphs(documentId)) {
            paragraphs.add(new BilingualParagraph(paragraph.kind(), paragraph.markup(), paragraph.segmentable(),
                    units.getOrDefault(paragraph.position(), List.of()), paragraph.codes()));
        }
        BilingualDocument model = new BilingualDocument(String.valueOf(documentId), document.title(),
                document.sourceLanguage(), language, paragraphs, 0);
        byte[] written = new HtmlWriter().write(model, skeleton.get());
        Document page = Jsoup.parse(new String(written, StandardCharsets.UTF_8));
        PreviewMarks.apply(page, states);
        page.head().appendElement("style").appendText(STYLE);
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return Optional.of(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** "translated" (typed and saved), "untranslated" (the source stands in) or "skipped" (kept as it is). */
    static String state(Translation translation) {
        if (translation == null || !translation.translatable) {
            return "skipped";
        }
        boolean translated = translation.status != TranslationStatus.NEW && translation.text != null
                && !translation.text.isBlank();
        return translated ? "translated" : "untranslated";
    }
}
