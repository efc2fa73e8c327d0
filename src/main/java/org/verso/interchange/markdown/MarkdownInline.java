package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.MarkupCode;

/**
 * The inline content of one block as text with inline codes, read from commonmark-java's tree by its source spans,
 * so every code holds the file's exact markup: a link's text stays translatable between a paired code ({@code [} …
 * {@code ](url "title")}), emphasis and strikethrough likewise ({@code **} … {@code **}); a code span, an image, an
 * autolink, inline HTML and a hard line break are standalone codes whose literal is never translated. Text between
 * codes is the source as written (escapes and entities included); a soft line break is one space, its line break
 * and the container markup after it ({@code > }, indentation) come back from the skeleton.
 */
final class MarkdownInline {

    /** A block's text with codes, what each code (1, 2, …) stands for, and its inline links' titles. */
    record Result(String text, List<MarkupCode> codes, List<Title> titles) {
    }

    /**
     * An inline link's title ({@code [text](url "Title")}), translated as a paragraph of its own: it stands at
     * {@code [from, to)} of code {@code code}'s closing markup, between its quotes or parentheses.
     */
    record Title(int code, int from, int to, String text) {
    }

    private final String source;
    /** Where each line of the block's content starts, in source order (after the containers' markup). */
    private final List<Integer> lineStarts;
    private final StringBuilder out = new StringBuilder();
    private final List<MarkupCode> codes = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();

    private MarkdownInline(String source, List<Integer> lineStarts) {
        this.source = source;
        this.lineStarts = lineStarts;
    }

    static Result encode(String source, Node block, int from, int to) {
        List<Integer> starts = block.getSourceSpans().stream().map(SourceSpan::getInputIndex).sorted().toList();
        MarkdownInline inline = new MarkdownInline(source, starts);
        inline.inline(block, from, to);
        return new Result(inline.out.toString(), List.copyOf(inline.codes), List.copyOf(inline.titles));
    }

    /** The source range a node covers, from its first span's start to its last span's end; null without spans. */
    static int[] range(Node node) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (SourceSpan span : node.getSourceSpans()) {
            from = Math.min(from, span.getInputIndex());
            to = Math.max(to, span.getInputIndex() + span.getLength());
        }
        return to < 0 ? null : new int[] {from, to};
    }

    private void inline(Node parent, int from, int to) {
        int cursor = from;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            int[] range = isCode(child) ? range(child) : null;
            if (range != null && range[0] >= cursor && range[1] <= to) {
                copy(cursor, range[0]);
                code(child, range);
                cursor = range[1];
            }
        }
        copy(cursor, to);
    }

    private static boolean isCode(Node node) {
        return node instanceof Delimited || node instanceof Link || node instanceof Image || node instanceof Code
                || node instanceof HtmlInline;
    }

    private void code(Node node, int[] range) {
        if (node instanceof Delimited delimited && node.getFirstChild() != null) {
            String open = delimited.getOpeningDelimiter();
            String close = delimited.getClosingDelimiter();
            paired(open, close, node, range[0] + open.length(), range[1] - close.length());
            return;
        }
        int innerEnd = node instanceof Link && source.charAt(range[0]) == '[' ? childrenEnd(node) : -1;
        int bracket = innerEnd < 0 ? -1 : source.indexOf(']', innerEnd);
        if (bracket >= 0 && bracket < range[1]) {
            String close = source.substring(bracket, range[1]);
            if (node instanceof Link link && link.getTitle() != null && !link.getTitle().isBlank()) {
                title(codes.size() + 1, close);
            }
            paired("[", close, node, range[0] + 1, bracket);
        } else {
            standalone(source.substring(range[0], range[1]));
        }
    }

    /** The title at the end of a link's closing markup {@code ](url "Title")}, if it stands on one line. */
    private void title(int code, String close) {
        if (!close.endsWith(")")) {
            return; // a reference link: its title is its definition's, translated there
        }
        int end = close.length() - 1;
        while (end > 0 && Character.isWhitespace(close.charAt(end - 1))) {
            end--;
        }
        char last = end < 2 ? ' ' : close.charAt(end - 1);
        if (last != '"' && last != '\'' && last != ')') {
            return;
        }
        char open = last == ')' ? '(' : last;
        int at = end - 2;
        while (at > 0 && !(close.charAt(at) == open && close.charAt(at - 1) != '\\')) {
            at--;
        }
        String text = at > 0 ? close.substring(at + 1, end - 1) : "";
        if (!text.isBlank() && text.indexOf('\n') < 0) {
            titles.add(new Title(code, at + 1, end - 1, text));
        }
    }

    private int childrenEnd(Node node) {
        int end = -1;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int[] range = range(child);
            end = range == null ? end : Math.max(end, range[1]);
        }
        return end;
    }

    private void paired(String open, String close, Node node, int innerFrom, int innerTo) {
        codes.add(new MarkupCode(open, close));
        int number = codes.size();
        out.append(InlineCodes.open(number));
        inline(node, innerFrom, innerTo);
        out.append(InlineCodes.close(number));
    }

    private void standalone(String literal) {
        codes.add(MarkupCode.standalone(literal));
        out.append(InlineCodes.standalone(codes.size()));
    }

    /** Source text as it is, each line break a space (soft) or a standalone code (hard: two spaces or "\"). */
    private void copy(int from, int to) {
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (c != '\n') {
                out.append(c);
                i++;
                continue;
            }
            int next = Math.min(nextLine(i + 1), to);
            int backslashes = trailing(i, '\\');
            int spaces = trailing(i, ' ');
            if (backslashes % 2 == 1 || spaces >= 2) {
                int cut = backslashes % 2 == 1 ? 1 : spaces;
                out.setLength(out.length() - Math.min(cut, out.length()));
                standalone(source.substring(i - cut, next));
            } else {
                while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
                out.append(' ');
            }
            i = next;
        }
    }

    private int trailing(int at, char c) {
        int count = 0;
        while (at - count - 1 >= 0 && source.charAt(at - count - 1) == c) {
            count++;
        }
        return count;
    }

    /** The content start of the line that begins at {@code lineStart}, past the containers' markup and indentation. */
    private int nextLine(int lineStart) {
        int start = lineStart;
        for (int candidate : lineStarts) {
            if (candidate >= lineStart) {
                start = candidate;
                break;
            }
        }
        while (start < source.length() && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) {
            start++;
        }
        return start;
    }
}
