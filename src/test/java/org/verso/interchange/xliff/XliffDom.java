package org.verso.interchange.xliff;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads writer output back as a namespace-aware DOM, so tests assert on what an XLIFF tool would see. */
public final class XliffDom {

    private final Document document;
    private final String namespace;

    private XliffDom(Document document, String namespace) {
        this.document = document;
        this.namespace = namespace;
    }

    public static XliffDom parse(byte[] xliff) {
        return parse(xliff, Xliff2Writer.NAMESPACE);
    }

    /** Elements are looked up in {@code namespace} (XLIFF 1.2's or 2's). */
    public static XliffDom parse(byte[] xliff, String namespace) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XliffDom(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff)), namespace);
        } catch (Exception e) {
            throw new AssertionError("XLIFF output is not well-formed XML", e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public List<Element> all(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    public Element first(String localName) {
        return all(localName).get(0);
    }

    /** The text of the first {@code localName} child of {@code parent}, or null when there is none. */
    public static String childText(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(parent.getNamespaceURI(), localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
