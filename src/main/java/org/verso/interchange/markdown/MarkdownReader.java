package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.SourceParagraph;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.TextDecoder;

/**
 * Reads a Markdown article into paragraphs, keeping each block's markup ("## ", "- ", "> ") as skeleton.
 * Inline markup becomes inline codes ({@link InlineSyntax}): link texts and emphasis stay translatable, code spans,
 * images and autolinks are kept as they are; code blocks and rules are kept verbatim and never segmented.
 */
public final class MarkdownReader {

    /**
     * @throws InterchangeException when the bytes are not UTF-8 text or hold no text
     */
    public SourceDocument read(byte[] bytes) {
        BlockParser parser = new BlockParser();
        TextDecoder.decode(bytes).lines().forEach(parser::accept);
        SourceDocument blocks = parser.finish();
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (SourceParagraph block : blocks.paragraphs()) {
            if (!block.segmentable()) {
                paragraphs.add(block);
                continue;
            }
            InlineSyntax.Result inline = InlineSyntax.parse(block.text());
            paragraphs.add(SourceParagraph.withCodes(block.kind(), block.markup(), inline.text(), inline.codes()));
        }
        return new SourceDocument(blocks.firstLine(), paragraphs);
    }
}
