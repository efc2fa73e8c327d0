package org.verso.interchange.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.verso.interchange.InlineCodes;
import org.verso.interchange.ParagraphKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The translatable paragraphs of a Word document in a fixed order, the same for reading and writing: the body
 * (tables cell by cell, content controls), then footnotes, endnotes, headers and footers. Each paragraph with text
 * is one slot, followed by one slot per distinct image description in it. Text boxes and comments are not walked.
 */
final class DocxWalk {

    /** A paragraph's text, or (when {@code altText} is set) an image description found in {@code paragraph}. */
    record Slot(WordParagraph paragraph, List<Element> altText) {

        String text() {
            return altText == null ? paragraph.text() : altText.get(0).getAttribute("descr").strip();
        }
    }

    /** The slots and the package parts (zip entry names) they live in. */
    record Walk(List<Slot> slots, List<String> parts) {
    }

    private static final Set<String> CONTAINERS = Set.of("tbl", "tr", "tc", "sdt", "sdtContent", "customXml");
    private static final Set<String> NOTE_TYPES_SKIPPED = Set.of("separator", "continuationSeparator",
            "continuationNotice");

    private final XWPFStyles styles;
    private final List<Slot> slots = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();

    private DocxWalk(XWPFDocument document) {
        this.styles = document.getStyles();
    }

    static Walk walk(XWPFDocument document) {
        DocxWalk walk = new DocxWalk(document);
        walk.part(document, document.getDocument().getBody().getDomNode(), null);
        walk.notes(document.getFootnotes());
        walk.notes(document.getEndnotes());
        for (XWPFHeaderFooter header : document.getHeaderList()) {
            walk.part(header, header._getHdrFtr().getDomNode(), ParagraphKind.OTHER);
        }
        for (XWPFHeaderFooter footer : document.getFooterList()) {
            walk.part(footer, footer._getHdrFtr().getDomNode(), ParagraphKind.OTHER);
        }
        return new Walk(List.copyOf(walk.slots), List.copyOf(walk.parts));
    }

    private void notes(List<? extends XWPFAbstractFootnoteEndnote> notes) {
        for (XWPFAbstractFootnoteEndnote note : notes) {
            if (!parts.contains(name(note.getPart()))) {
                parts.add(name(note.getPart()));
            }
            Element element = (Element) note.getCTFtnEdn().getDomNode();
            WordXml.refuseTrackedChanges(element);
            if (!NOTE_TYPES_SKIPPED.contains(WordXml.attr(element, "type"))) {
                blocks(element, ParagraphKind.BODY);
            }
        }
    }

    private void part(POIXMLDocumentPart part, Node root, ParagraphKind kind) {
        WordXml.refuseTrackedChanges(root);
        parts.add(name(part));
        blocks(root, kind);
    }

    private static String name(POIXMLDocumentPart part) {
        return part.getPackagePart().getPartName().getName().substring(1);
    }

    /** @param kind null in the body, where each paragraph's style says whether it is a heading */
    private void blocks(Node container, ParagraphKind kind) {
        for (Element child : WordXml.children(container)) {
            if (WordXml.isW(child, "p")) {
                paragraph(child, kind == null ? kindOf(child) : kind);
            } else if (WordXml.W.equals(child.getNamespaceURI()) && CONTAINERS.contains(child.getLocalName())) {
                blocks(child, kind);
            }
        }
    }

    private void paragraph(Element p, ParagraphKind kind) {
        WordParagraph paragraph = ParagraphCodes.read(p, kind);
        if (!InlineCodes.strip(paragraph.text()).isBlank()) {
            slots.add(new Slot(paragraph, null));
        }
        for (List<Element> alt : paragraph.altTexts()) {
            slots.add(new Slot(paragraph, alt));
        }
    }

    /** A heading by its style (Title, Subtitle, Heading 1–9) or an outline level of its own. */
    private ParagraphKind kindOf(Element p) {
        Element pPr = WordXml.child(p, "pPr");
        if (pPr == null) {
            return ParagraphKind.BODY;
        }
        if (WordXml.child(pPr, "outlineLvl") != null && !WordXml.attr(WordXml.child(pPr, "outlineLvl"), "val")
                .equals("9")) {
            return ParagraphKind.HEADING;
        }
        Element style = WordXml.child(pPr, "pStyle");
        if (style == null) {
            return ParagraphKind.BODY;
        }
        String id = WordXml.attr(style, "val");
        XWPFStyle defined = styles == null ? null : styles.getStyle(id);
        String name = defined == null || defined.getName() == null ? id : defined.getName();
        return headingName(name) || headingName(id) ? ParagraphKind.HEADING : ParagraphKind.BODY;
    }

    private static boolean headingName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace(" ", "");
        return lower.matches("heading[1-9]|title|subtitle");
    }
}
