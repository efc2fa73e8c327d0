package org.verso.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verso.document.DocumentService;
import org.verso.document.DocumentSummary;
import org.verso.document.ParagraphView;
import org.verso.document.SegmentView;
import org.verso.document.SourceFormat;
import org.verso.failure.ConflictException;
import org.verso.failure.InvalidInputException;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.UnitState;
import org.verso.interchange.docx.DocxWriter;
import org.verso.interchange.html.HtmlWriter;
import org.verso.interchange.markdown.MarkdownWriter;
import org.verso.interchange.text.TextWriter;
import org.verso.interchange.xliff.Xliff12Writer;
import org.verso.interchange.xliff.Xliff2Writer;
import org.verso.translation.SavedTranslation;
import org.verso.translation.Translation;
import org.verso.translation.TranslationService;
import org.verso.translation.TranslationStatus;

/** Puts a translated document back into the article's structure, in the format asked for. */
@ApplicationScoped
public class ExportService {

    private final DocumentService documents;
    private final TranslationService translations;

    ExportService(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /**
     * An export request found sound: the format, the normalized language, how much is left to approve, and whether
     * empty XLIFF targets get the source ({@code fillTargets=source}).
     */
    record Checked(ExportFormat format, String language, long translatable, int missing, boolean fillTargets) {
    }

    /**
     * Checks an export without building it: an unknown format (400) or language (404), or a language that is not
     * finished (409) unless {@code partial}, so a background export is refused before it is queued.
     */
    @Transactional
    Checked check(long documentId, String languageTag, String formatId, boolean partial, String fillTargets) {
        ExportFormat format = ExportFormat.parse(formatId).orElseThrow(
                () -> new InvalidInputException(ErrDelivery.class, m -> m.unknownExportFormatUse(formatId)));
        boolean fill = fillTargets != null && !fillTargets.isEmpty();
        if (fill && (!fillTargets.equals("source") || format.monolingual())) {
            throw new InvalidInputException(ErrDelivery.class, m -> m.filltargetsSourceOneChoice());
        }
        String language = translations.requireLanguage(documentId, languageTag);
        SourceFormat source = documents.getDocument(documentId).sourceFormat();
        if (format.catalog() && !format.id().equals(source.id())) {
            throw new InvalidInputException(ErrDelivery.class,
                    m -> m.exportRebuildsCatalogDocument(format.id(), source.id()));
        }
        if (format == ExportFormat.DOCX && source != SourceFormat.DOCX) {
            throw new InvalidInputException(ErrDelivery.class, m -> m.wordExportRebuildsWord(source.id()));
        }
        long translatable = Translation.count("documentId = ?1 and language = ?2 and translatable = true",
                documentId, language);
        int missing = (int) Translation.count("documentId = ?1 and language = ?2 and translatable = true and "
                + "status <> ?3", documentId, language, TranslationStatus.APPROVED);
        if (missing > 0 && !partial) {
            throw new ConflictException(ErrDelivery.class,
                    m -> m.segmentsAreApprovedYet(missing, translatable), Map.of("missing", missing));
        }
        return new Checked(format, language, translatable, missing, fill);
    }

    /** Refuses (409) a language that is not finished unless {@code partial}; then the file says what is missing. */
    @Transactional
    public ExportFile export(long documentId, String languageTag, String formatId, boolean partial,
                             String fillTargets) {
        return export(documentId, check(documentId, languageTag, formatId, partial, fillTargets));
    }

    /** The export of a request {@link #check} found sound (a background export checks it before it is queued). */
    @Transactional
    ExportFile export(long documentId, Checked checked) {
        ExportFormat format = checked.format();
        String language = checked.language();
        DocumentSummary document = documents.getDocument(documentId);
        Map<Long, SavedTranslation> bySegment = translations.translations(documentId, language).stream()
                .collect(Collectors.toMap(SavedTranslation::segmentId, Function.identity()));
        List<SegmentView> segments = documents.segments(documentId);
        SourceFormat source = document.sourceFormat();
        boolean codesStay = format == ExportFormat.XLIFF || format == ExportFormat.XLIFF12
                || source == SourceFormat.TEXT || source == SourceFormat.XLIFF || format.id().equals(source.id())
                || format == ExportFormat.MD && source == SourceFormat.MARKDOWN;
        boolean sameFormat = format == ExportFormat.TXT && source == SourceFormat.TEXT
                || format == ExportFormat.MD && source == SourceFormat.MARKDOWN
                || format == ExportFormat.HTML && source == SourceFormat.HTML
                || format == ExportFormat.DOCX && source == SourceFormat.DOCX;
        BilingualDocument model = new BilingualDocument(String.valueOf(documentId), document.title(),
                document.sourceLanguage(), language,
                paragraphs(documentId, segments, bySegment, checked, codesStay, sameFormat), checked.missing());
        // A skeleton rebuilds only its own format: an HTML page into HTML, a Markdown file into Markdown, a Word
        // package into Word.
        String skeleton = sameFormat || format == ExportFormat.DOCX ? documents.skeleton(documentId).orElse(null)
                : null;
        if (format.catalog()) {
            return new ExportFile(fileName(document, language, format), format.mediaType(),
                    CatalogExport.write(format, model, documents.skeleton(documentId).orElseThrow(), language));
        }
        byte[] content = switch (format) {
            case HTML -> new HtmlWriter().write(model, skeleton);
            case MD -> new MarkdownWriter().write(model, skeleton);
            case DOCX -> new DocxWriter().write(model, skeleton);
            default -> write(format, model);
        };
        return new ExportFile(fileName(document, language, format), format.mediaType(), content);
    }

    private List<BilingualParagraph> paragraphs(long documentId, List<SegmentView> segments,
                                                Map<Long, SavedTranslation> bySegment, Checked checked,
                                                boolean codesStay, boolean sameFormat) {
        ExportFormat format = checked.format();
        Map<Integer, List<SegmentView>> byParagraph = segments.stream()
                .collect(Collectors.groupingBy(SegmentView::paragraph));
        List<BilingualParagraph> result = new ArrayList<>();
        for (ParagraphView paragraph : documents.paragraphs(documentId)) {
            // A file that rebuilds the source leaves out what was chosen to be; a paragraph left without units goes
            // whole. A bilingual file keeps every unit, for the tools that read it.
            List<BilingualUnit> units = byParagraph.getOrDefault(paragraph.position(), List.of()).stream()
                    .filter(s -> !(s.leftOut() && format.monolingual()))
                    .map(s -> filled(unit(s, bySegment.get(s.id()), format), checked).laidOut(s.raw(), s.gap()))
                    .map(u -> codesStay ? u : withoutCodes(u)).toList();
            // The source's own edges (blank lines, white space inside a block) only where the file is rebuilt in its
            // own format; another format's writer separates paragraphs its way.
            result.add(new BilingualParagraph(paragraph.kind(), paragraph.markup(), paragraph.segmentable(), units,
                    paragraph.codes(), sameFormat ? paragraph.lead() : null));
        }
        return result;
    }

    private static BilingualUnit filled(BilingualUnit unit, Checked checked) {
        return checked.fillTargets() ? withSourceAsTarget(unit) : unit;
    }

    private static BilingualUnit unit(SegmentView segment, SavedTranslation translation, ExportFormat format) {
        TranslationStatus status = TranslationStatus.valueOf(translation.status());
        boolean usable = translation.storedText() != null && !translation.storedText().isBlank()
                && (!format.monolingual() || status == TranslationStatus.APPROVED);
        if (!segment.translatable()) {
            // Kept in the source language on purpose: nothing is left to do, so other tools should see it as done.
            return new BilingualUnit("s" + segment.id(), segment.source(), segment.source(), UnitState.FINAL,
                    "skipped", false);
        }
        // A plural's forms travel in its stored text; catalog writers read them, every other format gets "other".
        String text = format.catalog() ? translation.storedText() : translation.text();
        return new BilingualUnit("s" + segment.id(), segment.source(), usable ? text : null,
                status.unitState(), status.name().toLowerCase(Locale.ROOT), true, translation.version());
    }

    /**
     * For tools that translate only inside a target (OmegaT 3.6 finds no segment without one): an empty target gets
     * the source, marked initial so every tool (and Verso's own import) knows it is not a translation.
     */
    private static BilingualUnit withSourceAsTarget(BilingualUnit unit) {
        if (unit.target() != null) {
            return unit;
        }
        return new BilingualUnit(unit.id(), unit.source(), unit.source(), UnitState.INITIAL, unit.subState(),
                unit.translatable(), unit.baseVersion());
    }

    /** An export into a format that cannot carry the article's inline codes (plain text, say) drops them. */
    private static BilingualUnit withoutCodes(BilingualUnit unit) {
        return new BilingualUnit(unit.id(), InlineCodes.strip(unit.source()),
                unit.target() == null ? null : InlineCodes.strip(unit.target()), unit.state(), unit.subState(),
                unit.translatable(), unit.baseVersion(), unit.raw() == null ? null : InlineCodes.strip(unit.raw()),
                unit.gap());
    }

    private static byte[] write(ExportFormat format, BilingualDocument model) {
        return switch (format) {
            case TXT -> new TextWriter().write(model);
            case MD -> new MarkdownWriter().write(model);
            case XLIFF -> new Xliff2Writer().write(model);
            case XLIFF12 -> new Xliff12Writer().write(model);
            case HTML -> new HtmlWriter().write(model, null);
            case DOCX, PO, JSON, PROPERTIES, ANDROID -> throw new IllegalStateException("A Word or catalog export needs the imported file");
        };
    }

    private static String fileName(DocumentSummary document, String language, ExportFormat format) {
        String ascii = Normalizer.normalize(document.title(), Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "").toLowerCase(Locale.ROOT);
        String stem = ascii.isEmpty() ? "document-" + document.id() : ascii.substring(0, Math.min(60, ascii.length()));
        return stem + "." + language + "." + format.extension();
    }
}
