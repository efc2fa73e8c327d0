package org.verso.interchange.tbx;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.InterchangeException;

/**
 * The XML side of reading TBX, hardened like the TMX reader's (research/interchange.md §6): the JDK StAX
 * parser with DTD support off, so a DOCTYPE naming a DTD is passed over and never fetched, entity declarations
 * are refused up front, and any entity but the five of XML is an error rather than a file read or an expansion.
 */
final class TbxXml {

    private TbxXml() {
    }

    static XMLStreamReader open(InputStream in) {
        // The JDK parser: Woodstox, which tests pull in, ignores the JDK's entity limits.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("Verso does not load " + systemId);
        });
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(e, null);
        }
    }

    /** Called on the DTD event, whose text is all the parser kept of the DOCTYPE. */
    static void refuseEntityDeclarations(XMLStreamReader xml) {
        if (xml.getText().contains("<!ENTITY")) {
            throw new InterchangeException("The TBX file declares entities in its DOCTYPE (line " + line(xml)
                    + "). Verso refuses entity declarations: they can read local files or web addresses, or expand"
                    + " without end. Remove them; a plain <!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\"> is fine.");
        }
    }

    static InterchangeException notWellFormed(XMLStreamException e, XMLStreamReader xml) {
        Location at = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int message = detail.indexOf("Message: ");
        detail = (message < 0 ? detail : detail.substring(message + "Message: ".length())).strip();
        return new InterchangeException("The TBX file is not well-formed XML" + where + ": " + detail, e);
    }

    static int line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    /** An attribute without namespace, or null. */
    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** {@code xml:lang}, or null when blank or absent. */
    static String language(XMLStreamReader xml) {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return language == null || language.isBlank() ? null : language.strip();
    }

    /** Moves to the next start or end tag; the end of the file before that means it was cut short. */
    static int nextTag(XMLStreamReader xml) throws XMLStreamException {
        int event;
        do {
            event = xml.next();
            if (event == END_DOCUMENT) {
                throw new XMLStreamException("The file ends before its elements are closed", xml.getLocation());
            }
        } while (event != START_ELEMENT && event != END_ELEMENT);
        return event;
    }

    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            depth += nextTag(xml) == START_ELEMENT ? 1 : -1;
        }
    }

    /**
     * All the text inside the current element, inline markup ({@code <hi>}) included, stripped; the reader is
     * left on its end tag.
     */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT || event == END_ELEMENT) {
                depth += event == START_ELEMENT ? 1 : -1;
            } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == END_DOCUMENT) {
                throw new XMLStreamException("The file ends before its elements are closed", xml.getLocation());
            }
        }
        return text.toString().strip();
    }
}
