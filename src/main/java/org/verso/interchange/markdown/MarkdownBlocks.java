package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceParagraph;

/**
 * The holes of a Markdown file, found in commonmark-java's block tree by source spans: the inline text of each
 * paragraph, heading (ATX or setext; its markers stay outside) and table cell, with its inline links' titles; the
 * title of each link reference definition; and code blocks, HTML blocks and thematic breaks as paragraphs that are never translated (kept for the
 * exports into other formats). Everything else — containers' markers, indentation, blank lines — is skeleton.
 */
final class MarkdownBlocks {

    /** One hole: the source range {@code [from, to)} the paragraph stands for, and its inline links' titles. */
    record Hole(int from, int to, SourceParagraph paragraph, List<MarkdownInline.Title> titles) {

        Hole(int from, int to, SourceParagraph paragraph) {
            this(from, to, paragraph, List.of());
        }
    }

    private final String source;
    private final List<Hole> holes = new ArrayList<>();

    private MarkdownBlocks(String source) {
        this.source = source;
    }

    static List<Hole> of(String source, Node document) {
        MarkdownBlocks blocks = new MarkdownBlocks(source);
        blocks.walk(document);
        return blocks.holes;
    }

    private void walk(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                text(heading, ParagraphKind.HEADING, "#".repeat(heading.getLevel()) + " ");
            } else if (node instanceof Paragraph || node instanceof TableCell) {
                text(node, ParagraphKind.BODY, "");
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock || node instanceof ThematicBreak) {
                verbatim(node);
            } else if (node instanceof LinkReferenceDefinition definition) {
                title(definition);
            } else {
                walk(node);
            }
        }
    }

    private void text(Node block, ParagraphKind kind, String markup) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            int[] range = MarkdownInline.range(child);
            if (range != null) {
                from = Math.min(from, range[0]);
                to = Math.max(to, range[1]);
            }
        }
        if (to <= from) {
            return; // "#" alone, an empty cell: nothing to translate, the skeleton keeps it
        }
        MarkdownInline.Result inline = MarkdownInline.encode(source, block, from, to);
        if (InlineCodes.strip(inline.text()).isBlank() && inline.codes().isEmpty()) {
            return;
        }
        holes.add(new Hole(from, to, SourceParagraph.withCodes(kind, markup, inline.text(), inline.codes()),
                inline.titles()));
    }

    private void verbatim(Node block) {
        int[] range = MarkdownInline.range(block);
        if (range != null && range[1] > range[0]) {
            holes.add(new Hole(range[0], range[1],
                    new SourceParagraph(ParagraphKind.OTHER, "", source.substring(range[0], range[1]), false)));
        }
    }

    /** The title between its quotes or parentheses at the definition's end: {@code [ref]: url "Title"}. */
    private void title(LinkReferenceDefinition definition) {
        int[] range = MarkdownInline.range(definition);
        String title = definition.getTitle();
        if (range == null || title == null || title.isBlank()) {
            return;
        }
        char close = source.charAt(range[1] - 1);
        char open = close == ')' ? '(' : close;
        int at = range[1] - 2;
        while (at > range[0] && !(source.charAt(at) == open && source.charAt(at - 1) != '\\')) {
            at--;
        }
        if (at > range[0] && at + 1 < range[1] - 1) {
            String raw = source.substring(at + 1, range[1] - 1);
            holes.add(new Hole(at + 1, range[1] - 1, SourceParagraph.of(ParagraphKind.OTHER, raw)));
        }
    }
}
