package org.verso.interchange;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a monolingual writer prints for one paragraph. Between two units goes the source's own white space
 * ({@link BilingualUnit#gap}): none where the source had none, a line break where it had one. Only where a
 * translation meets a gap and the languages space sentences differently (Japanese into English) does the gap become
 * the target's separator. A unit whose output is the source prints the source's exact slice, so a paragraph nobody
 * translated comes back byte for byte.
 */
public final class ParagraphText {

    /** A line break typed into a translation would split or wrap the paragraph in a line-based format. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private ParagraphText() {
    }

    /**
     * The paragraph on one line, without the white space at its edges: segmentable paragraphs with each line break
     * turned into the target's separator, others exactly as imported. For writers that put their own markup and
     * separators around paragraphs (Markdown, a plain HTML page, text from another format).
     */
    public static String of(BilingualParagraph paragraph, BilingualDocument doc) {
        return of(paragraph, doc.sourceLanguage(), doc.targetLanguage());
    }

    /** As {@link #of(BilingualParagraph, BilingualDocument)} where only the target language is known. */
    public static String of(BilingualParagraph paragraph, String language) {
        return of(paragraph, language, language);
    }

    private static String of(BilingualParagraph paragraph, String sourceLanguage, String targetLanguage) {
        List<BilingualUnit> units = paragraph.units();
        if (!paragraph.segmentable()) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < units.size(); i++) {
                out.append(units.get(i).exactOutput()).append(i < units.size() - 1 ? gapOrEmpty(units.get(i)) : "");
            }
            return out.toString();
        }
        String separator = Sentences.spaced(targetLanguage) ? " " : "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            out.append(units.get(i).output());
            if (i < units.size() - 1) {
                String gap = gap(units.get(i), units.get(i + 1), sourceLanguage, targetLanguage);
                out.append(gap.contains("\n") || gap.contains("\r") ? separator : gap);
            }
        }
        return LINE_BREAK.matcher(out).replaceAll(" ").strip();
    }

    /**
     * The paragraph exactly as the source has it wherever the output is the source: its lead, each unit's exact
     * slice or translation (a translation's line breaks turned into spaces in a segmentable paragraph), each gap.
     * For the writer of the paragraph's own format; a paragraph that does not know its edges gives {@link #of}.
     */
    public static String exact(BilingualParagraph paragraph, BilingualDocument doc) {
        if (!paragraph.exact()) {
            return of(paragraph, doc);
        }
        List<BilingualUnit> units = paragraph.units();
        StringBuilder out = new StringBuilder(paragraph.lead());
        for (int i = 0; i < units.size(); i++) {
            BilingualUnit unit = units.get(i);
            boolean tidy = paragraph.segmentable() && !unit.outputIsSource();
            out.append(tidy ? LINE_BREAK.matcher(unit.output()).replaceAll(" ") : unit.exactOutput());
            out.append(i < units.size() - 1 && paragraph.segmentable()
                    ? gap(unit, units.get(i + 1), doc.sourceLanguage(), doc.targetLanguage()) : gapOrEmpty(unit));
        }
        return out.toString();
    }

    /**
     * The white space between two units: the source's, unless a translation stands beside it and the languages
     * space sentences differently, or the source's is not known (then the target's separator).
     */
    private static String gap(BilingualUnit unit, BilingualUnit next, String sourceLanguage, String targetLanguage) {
        String separator = Sentences.spaced(targetLanguage) ? " " : "";
        String gap = unit.gap();
        if (gap == null) {
            return separator;
        }
        boolean translated = !unit.outputIsSource() || !next.outputIsSource();
        boolean sameSpacing = Sentences.spaced(sourceLanguage) == Sentences.spaced(targetLanguage);
        if (!translated || sameSpacing || gap.contains("\n") || gap.contains("\r")) {
            return gap;
        }
        return separator;
    }

    private static String gapOrEmpty(BilingualUnit unit) {
        return unit.gap() == null ? "" : unit.gap();
    }
}
