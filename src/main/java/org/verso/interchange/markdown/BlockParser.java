package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

/**
 * Splits Markdown lines into block-level paragraphs, the subset of CommonMark that news articles use. One
 * instance reads one document.
 */
final class BlockParser {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*(?:[-*+]|(\\d{1,9})[.)])[ \\t]+)(\\S.*)$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?(.*)$");

    private final List<SourceParagraph> paragraphs = new ArrayList<>();
    private String firstLine;
    /** The paragraph still collecting soft-wrapped lines, or null. */
    private OpenParagraph open;
    /** The fenced code block being collected, or null. */
    private CodeFence fence;

    void accept(String line) {
        if (fence != null) {
            continueFence(line);
        } else if (line.isBlank()) {
            flush();
        } else if (FENCE.matcher(line).matches()) {
            flush();
            fence = new CodeFence(line);
            noteFirstLine(line.strip());
        } else if (!acceptHeading(line) && !acceptBreakOrItem(line)) {
            acceptText(line);
        }
    }

    SourceDocument finish() {
        if (fence != null) {
            // CommonMark lets an unclosed fence run to the end of the document.
            emitVerbatim(fence.text());
            fence = null;
        }
        flush();
        return new SourceDocument(firstLine, paragraphs);
    }

    private void continueFence(String line) {
        fence.add(line);
        if (fence.closedBy(line)) {
            emitVerbatim(fence.text());
            fence = null;
        }
    }

    private boolean acceptHeading(String line) {
        Matcher atx = ATX.matcher(line);
        if (atx.matches()) {
            flush();
            emitHeading(atx.group(1).length(), atx.group(2), line);
            return true;
        }
        Matcher setext = SETEXT.matcher(line);
        if (setext.matches() && open != null && open.markup.isEmpty()) {
            OpenParagraph underlined = open;
            open = null;
            int level = setext.group(1).charAt(0) == '=' ? 1 : 2;
            emitHeading(level, underlined.text(), underlined.text());
            return true;
        }
        return false;
    }

    private boolean acceptBreakOrItem(String line) {
        if (isThematicBreak(line)) {
            flush();
            emitVerbatim(line);
            return true;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches() && startsItem(item)) {
            flush();
            openParagraph(item.group(1), item.group(3));
            return true;
        }
        return false;
    }

    /** CommonMark: inside running text only an ordered item numbered 1 starts a list, so "2016. It was" wraps. */
    private boolean startsItem(Matcher item) {
        boolean insideText = open != null && open.markup.isEmpty();
        return !insideText || item.group(2) == null || item.group(2).equals("1");
    }

    private void acceptText(String line) {
        Matcher quote = QUOTE.matcher(line);
        if (quote.matches()) {
            if (open == null || !open.markup.equals("> ")) {
                flush();
                openParagraph("> ", quote.group(1));
            } else if (quote.group(1).isBlank()) {
                flush(); // a bare ">" separates paragraphs inside the quote
            } else {
                open.lines.add(quote.group(1).strip());
            }
        } else if (open != null) {
            open.lines.add(line.strip());
        } else {
            openParagraph("", line);
        }
    }

    private void openParagraph(String markup, String firstText) {
        open = new OpenParagraph(markup);
        if (!firstText.isBlank()) {
            open.lines.add(firstText.strip());
            noteFirstLine(firstText.strip());
        }
    }

    private void flush() {
        if (open != null && !open.lines.isEmpty()) {
            paragraphs.add(new SourceParagraph(ParagraphKind.BODY, open.markup, open.text(), true));
        }
        open = null;
    }

    private void emitHeading(int level, String text, String rawLine) {
        if (text == null || text.isBlank()) {
            emitVerbatim(rawLine); // "#" alone: nothing to translate, but kept
            return;
        }
        noteFirstLine(text.strip());
        paragraphs.add(new SourceParagraph(ParagraphKind.HEADING, "#".repeat(level) + " ", text.strip(), true));
    }

    private void emitVerbatim(String text) {
        noteFirstLine(text.lines().findFirst().orElse("").strip());
        paragraphs.add(new SourceParagraph(ParagraphKind.OTHER, "", text, false));
    }

    private void noteFirstLine(String line) {
        if (firstLine == null) {
            firstLine = line;
        }
    }

    private static final class OpenParagraph {
        final String markup;
        final List<String> lines = new ArrayList<>();

        OpenParagraph(String markup) {
            this.markup = markup;
        }

        /** Soft line breaks become single spaces. */
        String text() {
            return String.join(" ", lines);
        }
    }

    /**
     * "***", "- - -", "___": three or more of one mark with only blanks between, after at most three spaces. A loop
     * rather than a regex: a repeated group with a back-reference recurses once per mark, and a line of forty
     * thousand dashes overflowed the stack.
     */
    static boolean isThematicBreak(String line) {
        int at = 0;
        while (at < 3 && at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        char mark = at < line.length() ? line.charAt(at) : ' ';
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (; at < line.length(); at++) {
            char c = line.charAt(at);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }
}
