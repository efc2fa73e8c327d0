package org.verso.interchange.docx;

import java.util.List;
import org.verso.interchange.ParagraphKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One translatable {@code w:p} as the walk found it: its text with inline codes, what each code stands for, the
 * run properties of its plain words, and the anchors that are no text (bookmarks, comment ranges, a footnote's own
 * number) to put back at its start and end.
 *
 * @param altTexts each image's description ({@code wp:docPr/@descr}) in the paragraph: the elements sharing one
 *                 text, which becomes a paragraph of its own after this one
 */
record WordParagraph(Element p, ParagraphKind kind, String text, List<WordCode> codes, Element baseRPr,
                     List<Node> startMarkers, List<Node> endMarkers, List<List<Element>> altTexts) {
}
