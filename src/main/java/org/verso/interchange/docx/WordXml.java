package org.verso.interchange.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** WordprocessingML names and the few DOM moves the reader and writer share. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** Tracked changes of content and of formatting: a translation of either side alone would be wrong. */
    static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange",
            "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "tblPrExChange",
            "numberingChange", "cellIns", "cellDel", "cellMerge");

    private WordXml() {
    }

    static boolean isW(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    static List<Element> children(Node parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    static Element child(Node parent, String localName) {
        for (Element element : children(parent)) {
            if (isW(element, localName)) {
                return element;
            }
        }
        return null;
    }

    /** The text directly in an element (XmlBeans' DOM has no {@code getTextContent}). */
    static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            }
        }
        return out.toString();
    }

    static String attr(Element element, String localName) {
        String value = element.getAttributeNS(W, localName);
        return value == null ? "" : value;
    }

    /** Refuses a part holding tracked changes anywhere in it. */
    static void refuseTrackedChanges(Node root) {
        List<Node> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (node instanceof Element && W.equals(node.getNamespaceURI()) && TRACKED.contains(node.getLocalName())) {
                throw new org.verso.interchange.InterchangeException("The Word document has tracked changes "
                        + "(insertions, deletions or formatting changes). Accept or reject the changes first "
                        + "(Review → Accept / Reject), save the file and import it again.");
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                stack.add(child);
            }
        }
    }

    /**
     * A canonical string of an element and everything in it, to tell run formatting apart: names, attributes
     * sorted, children in order.
     */
    static String signature(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        appendSignature(element, out);
        return out.toString();
    }

    private static void appendSignature(Element element, StringBuilder out) {
        out.append('<').append(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        List<String> sorted = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                sorted.add(a.getLocalName() + "=" + a.getNodeValue());
            }
        }
        sorted.sort(null);
        sorted.forEach(a -> out.append(' ').append(a));
        out.append('>');
        for (Element child : children(element)) {
            appendSignature(child, out);
        }
        out.append("</>");
    }

    /**
     * Inserts {@code child} into {@code parent} before the first child named in {@code followers} (the elements
     * the schema puts after it), so the element order Word requires is kept; appends it otherwise.
     */
    static void insertInOrder(Element parent, Element child, Set<String> followers) {
        for (Element existing : children(parent)) {
            if (W.equals(existing.getNamespaceURI()) && followers.contains(existing.getLocalName())) {
                parent.insertBefore(child, existing);
                return;
            }
        }
        parent.appendChild(child);
    }

    static Element create(Node near, String localName) {
        return near.getOwnerDocument().createElementNS(W, "w:" + localName);
    }
}
