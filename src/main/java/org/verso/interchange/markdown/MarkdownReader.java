package org.verso.interchange.markdown;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.TextDecoder;

/**
 * Reads a Markdown article into paragraphs, keeping each block's markup ("## ", "- ", "> ") as skeleton.
 * Inline markup (links, emphasis) stays inside the text; code blocks and rules are kept verbatim and never
 * segmented.
 */
public final class MarkdownReader {

    /**
     * @throws InterchangeException when the bytes are not UTF-8 text or hold no text
     */
    public SourceDocument read(byte[] bytes) {
        BlockParser parser = new BlockParser();
        TextDecoder.decode(bytes).lines().forEach(parser::accept);
        return parser.finish();
    }
}
