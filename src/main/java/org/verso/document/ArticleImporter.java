package org.verso.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.verso.failure.InvalidInputException;
import org.verso.failure.StorableText;
import org.verso.failure.TooLargeException;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.android.AndroidCatalogReader;
import org.verso.interchange.catalog.CatalogSource;
import org.verso.interchange.docx.DocxReader;
import org.verso.interchange.html.HtmlReader;
import org.verso.interchange.json.JsonCatalogReader;
import org.verso.interchange.markdown.MarkdownReader;
import org.verso.interchange.po.PoCatalogReader;
import org.verso.interchange.properties.PropertiesCatalogReader;
import org.verso.interchange.text.TextReader;
import org.verso.interchange.xliff.XliffReader;
import org.verso.interchange.xliff.XliffSourceSide;
import org.verso.language.LanguageTags;

/** Turns a pasted or uploaded article into a document of paragraphs and segments, all in one transaction. */
@ApplicationScoped
public class ArticleImporter {

    private static final int MAX_TITLE = 500;

    private final ImportConfig config;
    private final RuleSetService ruleSets;
    private final Event<DocumentImported> imported;

    ArticleImporter(ImportConfig config, RuleSetService ruleSets, Event<DocumentImported> imported) {
        this.config = config;
        this.ruleSets = ruleSets;
        this.imported = imported;
    }

    @Transactional
    public DocumentSummary importArticle(ImportRequest request) {
        checkSize(request);
        requireFormat(request);
        byte[] content = request.content() == null ? new byte[0] : request.content();
        BilingualDocument bilingual = request.format() == SourceFormat.XLIFF
                ? readable(() -> new XliffReader().read(content)) : null;
        String language = bilingual == null ? LanguageTags.normalize(request.sourceLanguage())
                : xliffLanguage(bilingual, request.sourceLanguage());
        String rules = ruleSets.resolve(request.segmentationRules());
        SourceDocument source = bilingual == null ? read(request.format(), content)
                : readable(() -> XliffSourceSide.of(bilingual));
        // An XLIFF file is translation work already prepared: its short strings ("Share", "Print") are meant.
        List<SourceSegments.NewSegment> segments = SourceSegments.of(source,
                ruleSets.segmenter(rules, language), request.format() != SourceFormat.XLIFF);
        Document document = persistDocument(request, language, bilingual == null ? defaultTitle(source, segments)
                : source.firstLine()); // an XLIFF file names its document's title
        document.segmentationRules = rules;
        DocumentSkeleton.store(document.id, source.skeleton(), source.repairs());
        SourceSegments.persistSkeleton(document.id, source.paragraphs());
        int ordinal = 0;
        for (SourceSegments.NewSegment segment : segments) {
            persistSegment(document, ordinal++, segment);
        }
        document.segmentCount = ordinal;
        document.paragraphCount = source.paragraphs().size();
        imported.fire(new DocumentImported(document.id, document.title, language, request.format().id(),
                request.username()));
        return DocumentSummary.of(document, source.repairs());
    }

    /** The request's content read in its format, within the size limit; 400 or 413 if it cannot be. */
    SourceDocument readSource(ImportRequest request) {
        checkSize(request);
        requireFormat(request);
        if (request.format() == SourceFormat.XLIFF) {
            throw new InvalidInputException(ErrDocument.class, m -> m.newVersionSourceComes());
        }
        return read(request.format(), request.content());
    }

    private void checkSize(ImportRequest request) {
        int length = request.content() == null ? 0 : request.content().length;
        if (length > config.maxBytes()) {
            throw new TooLargeException(ErrDocument.class, m -> m.articleBytesLimitBytes(length, config.maxBytes()));
        }
    }

    private static void requireFormat(ImportRequest request) {
        if (request.format() == null) {
            throw new InvalidInputException(ErrDocument.class, m -> m.giveFormatTextMarkdown());
        }
    }

    private SourceDocument read(SourceFormat format, byte[] bytes) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        return readable(() -> switch (format) {
            case MARKDOWN -> new MarkdownReader(Set.copyOf(config.markdown().frontMatterKeys())).read(content);
            case HTML -> new HtmlReader().read(content);
            case DOCX -> new DocxReader(config.maxUnpackedBytes()).read(content);
            case PO -> CatalogSource.of(new PoCatalogReader().read(content));
            case JSON -> CatalogSource.of(new JsonCatalogReader().read(content));
            case PROPERTIES -> CatalogSource.of(new PropertiesCatalogReader().read(content));
            case ANDROID -> CatalogSource.of(new AndroidCatalogReader().read(content));
            case TEXT, XLIFF -> new TextReader().read(content);
        });
    }

    /** A reader's refusal is the user's to fix: a 400 with the reader's message. */
    private static <T> T readable(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InterchangeException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** An XLIFF file names its source language; one given with it must agree. */
    private static String xliffLanguage(BilingualDocument file, String given) {
        String language = LanguageTags.normalize(file.sourceLanguage());
        if (given != null && !given.isBlank() && !LanguageTags.normalize(given).equals(language)) {
            throw new InvalidInputException(ErrDocument.class,
                    m -> m.xliffFileSSource(language, LanguageTags.normalize(given)));
        }
        return language;
    }

    /**
     * The title when the person gives none: the first heading (for plain text, the first line that looks like a
     * headline) that is not web-page boilerplate, else the first translatable segment, else the first line.
     */
    static String defaultTitle(SourceDocument source, List<SourceSegments.NewSegment> segments) {
        for (SourceParagraph paragraph : source.paragraphs()) {
            if (paragraph.kind() == ParagraphKind.HEADING && paragraph.segmentable()
                    && !SourceSegments.isBoilerplate(paragraph) && !InlineCodes.strip(paragraph.text()).isBlank()) {
                return InlineCodes.strip(paragraph.readable());
            }
        }
        return segments.stream().filter(SourceSegments.NewSegment::translatable)
                .map(s -> InlineCodes.strip(s.text())).filter(t -> !t.isBlank()).findFirst()
                .orElse(source.firstLine());
    }

    private static Document persistDocument(ImportRequest request, String language, String defaultTitle) {
        String title = request.title() == null || request.title().isBlank() ? defaultTitle : request.title();
        Document document = new Document();
        document.title = truncate(StorableText.require(title, "The title").strip());
        document.sourceLanguage = language;
        document.format = request.format();
        document.createdAt = Instant.now();
        document.createdBy = request.username();
        document.persist();
        return document;
    }

    static Segment persistSegment(Document document, int ordinal, SourceSegments.NewSegment source) {
        Segment segment = new Segment();
        segment.documentId = document.id;
        segment.ordinal = ordinal;
        segment.paragraph = source.paragraph();
        segment.kind = source.kind();
        segment.sourceText = source.text();
        segment.wordCount = WordCounter.count(source.text(), document.sourceLanguage);
        segment.translatable = source.translatable();
        segment.leftOut = source.leftOut();
        source.layOut(segment);
        segment.persist();
        return segment;
    }

    private static String truncate(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
