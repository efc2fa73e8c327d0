package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.InlineCodes;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.ParagraphText;
import org.verso.interchange.PartialNotice;

/**
 * Writes the translated article as Markdown. Paragraphs imported from Markdown get their markup back; paragraphs
 * imported from plain text get heading markup from their kind and are escaped where their first characters would
 * otherwise be read as Markdown block syntax.
 */
public final class MarkdownWriter {

    private static final Pattern LIST_MARKUP = Pattern.compile("[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    /** Starts of a line that CommonMark reads as a heading, list item, quote, fence or rule. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:#{1,6}(?:[ \\t]|$)|[-*+](?:[ \\t]|$)|>|\\d{1,9}[.)](?:[ \\t]|$)|`{3}|~{3}|[-*_](?:[ \\t]*[-*_]){2,}[ \\t]*$)");
    private static final Pattern ESCAPED_DIGITS = Pattern.compile("^(\\d{1,9})([.)])");

    /**
     * @param skeleton what {@link MarkdownReader} kept of the file; null (or another format's) for an article not
     *                 imported from Markdown, which gets markup from its paragraphs' kinds
     */
    public byte[] write(BilingualDocument doc, String skeleton) {
        MarkdownSkeleton file = MarkdownSkeleton.parse(skeleton);
        if (file == null) {
            return write(doc);
        }
        StringBuilder out = new StringBuilder();
        List<MarkdownSkeleton.Piece> pieces = file.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            MarkdownSkeleton.Piece piece = pieces.get(i);
            if (piece.title()) {
                continue; // written with the hole before it
            }
            BilingualParagraph paragraph = piece.hole() ? paragraph(doc, piece.paragraph()) : null;
            if (paragraph == null) {
                out.append(piece.text());
                continue;
            }
            List<MarkupCode> codes = new ArrayList<>(paragraph.codes());
            boolean titled = false;
            for (int j = i + 1; j < pieces.size() && pieces.get(j).title(); j++) {
                titled |= LinkTitles.translate(codes, pieces.get(j), paragraph(doc, pieces.get(j).paragraph()),
                        doc.targetLanguage());
            }
            out.append(hole(paragraph, piece.text(), doc.targetLanguage(), codes, titled));
        }
        if (doc.partial()) {
            String notice = "<!-- " + PartialNotice.of(doc) + " -->\n";
            boolean frontMatter = out.indexOf("---\n") == 0;
            out.insert(frontMatter ? out.length() : 0, frontMatter ? "\n" + notice : notice + "\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A paragraph whose every unit (and every inline link title's) is its source comes back as the file had it, line
     * breaks and all; a translated one is its text on one line with its codes' markup, its links' titles translated. A paragraph left out leaves its hole empty.
     */
    private static String hole(BilingualParagraph paragraph, String original, String language,
                               List<MarkupCode> codes, boolean titled) {
        if (paragraph.units().isEmpty()) {
            return "";
        }
        if (!titled && paragraph.units().stream().allMatch(u -> u.output().equals(u.source()))) {
            return original;
        }
        return restore(ParagraphText.of(paragraph, language), codes);
    }

    private static BilingualParagraph paragraph(BilingualDocument doc, int index) {
        return index < doc.paragraphs().size() ? doc.paragraphs().get(index) : null;
    }

    /** An article without a Markdown skeleton: blocks from the paragraphs' kinds and kept markup. */
    public byte[] write(BilingualDocument doc) {
        StringBuilder out = new StringBuilder();
        if (doc.partial()) {
            out.append("<!-- ").append(PartialNotice.of(doc)).append(" -->\n");
        }
        boolean headingWritten = false;
        BilingualParagraph previous = null;
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            String text = restore(ParagraphText.of(paragraph, doc), paragraph.codes());
            if (text.isBlank()) {
                continue; // an empty block would print as a stray marker or an extra blank line
            }
            separate(out, previous, paragraph);
            out.append(block(paragraph, text, headingWritten)).append('\n');
            headingWritten |= paragraph.kind() == ParagraphKind.HEADING;
            previous = paragraph;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The paragraph's inline codes turned back into Markdown: a paired code's opening and closing markup, a
     * standalone one's literal. A code the translation dropped is gone; a number the paragraph has no code for
     * stays as text.
     */
    static String restore(String text, List<MarkupCode> codes) {
        if (codes.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            MarkupCode code = token.number() >= 1 && token.number() <= codes.size() ? codes.get(token.number() - 1)
                    : null;
            if (code == null) {
                out.append(token.text());
                continue;
            }
            switch (token.kind()) {
                case OPEN -> out.append(code.open());
                case CLOSE -> out.append(code.paired() ? code.close() : "");
                case STANDALONE -> out.append(code.open()).append(code.paired() ? code.close() : "");
                case TEXT -> out.append(token.text());
            }
        }
        return out.toString();
    }

    /** Consecutive list items stay a tight list; every other pair of blocks gets a blank line. */
    private static void separate(StringBuilder out, BilingualParagraph previous, BilingualParagraph current) {
        boolean sameList = previous != null && isListItem(previous) && isListItem(current);
        if (!out.isEmpty() && !sameList) {
            out.append('\n');
        }
    }

    private static boolean isListItem(BilingualParagraph paragraph) {
        return LIST_MARKUP.matcher(paragraph.markup()).matches();
    }

    private static String block(BilingualParagraph paragraph, String text, boolean headingWritten) {
        if (!paragraph.segmentable() || !paragraph.markup().isEmpty()) {
            return paragraph.markup() + text;
        }
        if (paragraph.kind() == ParagraphKind.HEADING) {
            return (headingWritten ? "## " : "# ") + text;
        }
        return escapeBlockStart(text);
    }

    /** A backslash before ASCII punctuation is always a literal in CommonMark, so escaping never changes text. */
    static String escapeBlockStart(String text) {
        if (!BLOCK_START.matcher(text).find()) {
            return text;
        }
        if (Character.isDigit(text.charAt(0))) {
            return ESCAPED_DIGITS.matcher(text).replaceFirst("$1\\\\$2");
        }
        return "\\" + text;
    }
}
