package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.TextDecoder;

/**
 * Reads a Markdown article with commonmark-java (CommonMark and GitHub's tables and strikethrough), as every
 * renderer reads it. The file becomes a skeleton with holes ({@link MarkdownSkeleton}): the translatable inline text
 * of paragraphs, headings and table cells, links' titles (inline and in reference definitions) and the configured front matter values are
 * paragraphs ({@link MarkdownBlocks}, {@link MarkdownInline}, {@link FrontMatter}); everything else comes back byte
 * for byte from the skeleton. Code blocks, HTML blocks and rules are paragraphs that are never translated.
 */
public final class MarkdownReader {

    /** The front matter keys translated when none are configured. */
    public static final Set<String> DEFAULT_FRONT_MATTER_KEYS = Set.of("title", "description");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final Set<String> frontMatterKeys;

    public MarkdownReader() {
        this(DEFAULT_FRONT_MATTER_KEYS);
    }

    /** @param frontMatterKeys the front matter keys whose values are translated */
    public MarkdownReader(Set<String> frontMatterKeys) {
        this.frontMatterKeys = Set.copyOf(frontMatterKeys);
    }

    /**
     * @throws InterchangeException when the bytes are not text (byte order mark, else UTF-8) or hold no text
     */
    public SourceDocument read(byte[] bytes) {
        String text = TextDecoder.decode(bytes);
        int frontMatter = FrontMatter.length(text);
        List<MarkdownBlocks.Hole> holes = new ArrayList<>(FrontMatter.holes(text, frontMatter, frontMatterKeys));
        holes.addAll(MarkdownBlocks.of(text, PARSER.parse(FrontMatter.blankedOut(text, frontMatter))));
        if (holes.isEmpty()) {
            throw new InterchangeException("The Markdown file holds no text to translate.");
        }
        List<SourceParagraph> paragraphs = new ArrayList<>();
        List<MarkdownSkeleton.Piece> pieces = new ArrayList<>();
        int at = 0;
        String firstLine = null;
        for (MarkdownBlocks.Hole hole : holes) {
            if (hole.from() < at) {
                continue; // never two holes over one place
            }
            String original = text.substring(hole.from(), hole.to());
            firstLine = firstLine != null || original.isBlank() ? firstLine : original.strip().lines().findFirst()
                    .orElse("");
            pieces.add(new MarkdownSkeleton.Piece(-1, text.substring(at, hole.from())));
            pieces.add(new MarkdownSkeleton.Piece(paragraphs.size(), original));
            paragraphs.add(hole.paragraph());
            for (MarkdownInline.Title title : hole.titles()) {
                pieces.add(new MarkdownSkeleton.Piece(paragraphs.size(), "", title.code(), title.from(), title.to()));
                paragraphs.add(SourceParagraph.of(ParagraphKind.OTHER, title.text()));
            }
            at = hole.to();
        }
        pieces.add(new MarkdownSkeleton.Piece(-1, text.substring(at)));
        return new SourceDocument(firstLine, paragraphs, new MarkdownSkeleton(pieces).serialize());
    }
}
