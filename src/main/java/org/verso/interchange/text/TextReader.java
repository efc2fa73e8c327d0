package org.verso.interchange.text;

import java.util.ArrayList;
import java.util.List;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;
import org.verso.interchange.TextDecoder;

/**
 * Reads a plain-text article: blank lines separate paragraphs, a single line break is a soft wrap. Every
 * non-blank line ends up in a paragraph; what a line is (headline, credit) is only guessed, never used to drop it.
 */
public final class TextReader {

    /**
     * @throws InterchangeException when the bytes are not UTF-8 text or hold no text
     */
    public SourceDocument read(byte[] bytes) {
        String text = TextDecoder.decode(bytes);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                addParagraph(paragraphs, lines);
            } else {
                lines.add(line.strip());
            }
        }
        addParagraph(paragraphs, lines);
        return new SourceDocument(firstLine(text), paragraphs);
    }

    /** Turns the collected lines into one paragraph and empties the list for the next one. */
    private static void addParagraph(List<SourceParagraph> paragraphs, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String joined = String.join(" ", lines);
        paragraphs.add(SourceParagraph.of(KindGuess.of(joined, lines.size()), joined));
        lines.clear();
    }

    private static String firstLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow().strip();
    }
}
