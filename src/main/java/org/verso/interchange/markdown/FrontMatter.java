package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceParagraph;

/**
 * YAML front matter ({@code ---} lines around {@code key: value} lines at the very start, as static site generators
 * read it): kept in the skeleton as it is, except the values of the configured keys ({@code title},
 * {@code description}), which are translated. Only plain and quoted one-line values are; block and flow values
 * ({@code |}, {@code >}, {@code [}, {@code {}) stay as they are.
 */
final class FrontMatter {

    private static final Pattern ENTRY = Pattern.compile("(?m)^([A-Za-z0-9_-]+):[ \\t]+(\\S.*?)[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$");

    private FrontMatter() {
    }

    /** The length of the front matter at the start of {@code text}, closing line included; 0 when there is none. */
    static int length(String text) {
        if (!text.startsWith("---\n")) {
            return 0;
        }
        Matcher close = CLOSE.matcher(text);
        if (!close.find(4)) {
            return 0;
        }
        int end = close.end();
        return end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
    }

    /** The front matter's place as blank lines of the same length, so the parser's offsets stay the file's. */
    static String blankedOut(String text, int length) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < length; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** A hole for each translated value: the key "title" as a heading, the others as other text. */
    static List<MarkdownBlocks.Hole> holes(String text, int length, Set<String> keys) {
        List<MarkdownBlocks.Hole> holes = new ArrayList<>();
        if (length == 0) {
            return holes;
        }
        Matcher entry = ENTRY.matcher(text).region(4, length);
        while (entry.find()) {
            String value = entry.group(2);
            if (!keys.contains(entry.group(1)) || "|>[{&*!#".indexOf(value.charAt(0)) >= 0) {
                continue;
            }
            int from = entry.start(2);
            int to = entry.end(2);
            char quote = value.charAt(0);
            if ((quote == '"' || quote == '\'') && value.length() >= 2 && value.charAt(value.length() - 1) == quote) {
                from++;
                to--;
            }
            if (to > from) {
                ParagraphKind kind = entry.group(1).equals("title") ? ParagraphKind.HEADING : ParagraphKind.OTHER;
                holes.add(new MarkdownBlocks.Hole(from, to, SourceParagraph.of(kind, text.substring(from, to))));
            }
        }
        return holes;
    }
}
