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
        int previousEnd = 0;
        int start = -1;
        int end = -1;
        int lineCount = 0;
        int at = 0;
        while (at <= text.length()) {
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (text.substring(at, lineEnd).isBlank()) {
                if (start >= 0) {
                    paragraphs.add(paragraph(text.substring(previousEnd, start), text.substring(start, end), lineCount));
                    previousEnd = end;
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = at;
                    lineCount = 0;
                }
                end = lineEnd;
                lineCount++;
            }
            at = lineEnd + 1;
        }
        if (start >= 0) {
            paragraphs.add(paragraph(text.substring(previousEnd, start), text.substring(start, end), lineCount));
            previousEnd = end;
        }
        if (paragraphs.isEmpty()) {
            throw new InterchangeException("The text holds nothing to translate.");
        }
        SourceParagraph last = paragraphs.remove(paragraphs.size() - 1);
        paragraphs.add(new SourceParagraph(last.kind(), "", last.text(), true, List.of(), List.of(), last.lead(),
                text.substring(previousEnd)));
        return new SourceDocument(firstLine(text), paragraphs);
    }

    /**
     * One paragraph: its lines exactly as the file has them, and the blank lines before it as its lead; the kind is
     * guessed from the lines as one would read them (each stripped, joined with a space).
     */
    private static SourceParagraph paragraph(String lead, String lines, int lineCount) {
        String readable = String.join(" ", lines.lines().map(String::strip).toList());
        return new SourceParagraph(KindGuess.of(readable, lineCount), "", lines, true, List.of(), List.of(), lead, "");
    }

    private static String firstLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow().strip();
    }
}
