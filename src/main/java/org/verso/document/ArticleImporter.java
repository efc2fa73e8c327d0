package org.verso.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.verso.failure.InvalidInputException;
import org.verso.failure.TooLargeException;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.markdown.MarkdownReader;
import org.verso.interchange.text.TextReader;
import org.verso.language.LanguageTags;
import org.verso.segmentation.Segmenter;

/** Turns a pasted or uploaded article into a document of paragraphs and segments, all in one transaction. */
@ApplicationScoped
public class ArticleImporter {

    private static final int MAX_TITLE = 500;

    private final ImportConfig config;
    private final RuleSetService ruleSets;

    ArticleImporter(ImportConfig config, RuleSetService ruleSets) {
        this.config = config;
        this.ruleSets = ruleSets;
    }

    @Transactional
    public DocumentSummary importArticle(ImportRequest request) {
        byte[] content = request.content() == null ? new byte[0] : request.content();
        if (content.length > config.maxBytes()) {
            throw new TooLargeException("The article is " + content.length + " bytes; the limit is "
                    + config.maxBytes() + " bytes (verso.import.max-bytes).");
        }
        String language = LanguageTags.normalize(request.sourceLanguage());
        if (request.format() == null) {
            throw new InvalidInputException("Give the format: text or markdown.");
        }
        String rules = ruleSets.resolve(request.segmentationRules());
        SourceDocument source = read(request.format(), content);
        Document document = persistDocument(request, language, source);
        document.segmentationRules = rules;
        document.segmentCount = persistParagraphs(document, source.paragraphs(), ruleSets.segmenter(rules, language));
        document.paragraphCount = source.paragraphs().size();
        return DocumentSummary.of(document);
    }

    private static SourceDocument read(SourceFormat format, byte[] content) {
        try {
            return format == SourceFormat.MARKDOWN ? new MarkdownReader().read(content) : new TextReader().read(content);
        } catch (InterchangeException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    private static Document persistDocument(ImportRequest request, String language, SourceDocument source) {
        String title = request.title() == null || request.title().isBlank() ? source.firstLine() : request.title();
        Document document = new Document();
        document.title = truncate(title.strip());
        document.sourceLanguage = language;
        document.format = request.format();
        document.createdAt = Instant.now();
        document.createdBy = request.username();
        document.persist();
        return document;
    }

    private static int persistParagraphs(Document document, List<SourceParagraph> paragraphs, Segmenter segmenter) {
        int ordinal = 0;
        for (int position = 0; position < paragraphs.size(); position++) {
            SourceParagraph source = paragraphs.get(position);
            persistSkeleton(document.id, position, source);
            List<String> sentences = source.segmentable() ? segmenter.split(source.text()) : List.of(source.text());
            for (String sentence : sentences) {
                persistSegment(document, position, ordinal++, source, sentence);
            }
        }
        return ordinal;
    }

    private static void persistSkeleton(long documentId, int position, SourceParagraph source) {
        Paragraph paragraph = new Paragraph();
        paragraph.documentId = documentId;
        paragraph.position = position;
        paragraph.kind = source.kind();
        paragraph.markup = source.markup();
        paragraph.segmentable = source.segmentable();
        paragraph.persist();
    }

    private static void persistSegment(Document document, int paragraph, int ordinal, SourceParagraph source,
                                       String text) {
        Segment segment = new Segment();
        segment.documentId = document.id;
        segment.ordinal = ordinal;
        segment.paragraph = paragraph;
        segment.kind = source.kind();
        segment.sourceText = text;
        segment.wordCount = WordCounter.count(text, document.sourceLanguage);
        segment.translatable = source.segmentable();
        segment.persist();
    }

    private static String truncate(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
