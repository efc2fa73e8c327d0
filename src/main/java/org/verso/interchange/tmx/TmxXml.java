package org.verso.interchange.tmx;

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
 * The XML side of reading TMX: a StAX parser that accepts a DOCTYPE but never loads or expands anything, and
 * the few cursor moves the readers share.
 *
 * <p>DTD support is off, as measured in research/interchange.md §6: the DOCTYPE line real tools write is
 * reported and ignored, tmx14.dtd is never fetched, and any entity other than the five XML ones is an error
 * instead of a file read or an expansion. A DOCTYPE that declares entities is refused up front with its own
 * message, because "entity was referenced, but not declared" would puzzle a user whose file was built to attack.
 */
final class TmxXml {

    private TmxXml() {
    }

    static XMLStreamReader open(InputStream in) {
        // The JDK parser, not whatever StAX implementation is on the classpath (Woodstox ignores JDK limits).
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Never consulted while DTD support is off; refuses loudly should that ever change.
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("Verso does not load " + systemId);
        });
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw notWellFormed(e, null);
        }
    }

    /** Called on the DTD event: the DOCTYPE text is all the parser kept of it. */
    static void refuseEntityDeclarations(XMLStreamReader xml) {
        if (xml.getText().contains("<!ENTITY")) {
            throw new InterchangeException("The TMX file declares entities in its DOCTYPE (line " + line(xml)
                    + "). Verso refuses entity declarations: they can read local files or web addresses, or expand"
                    + " without end. Remove them; a plain <!DOCTYPE tmx SYSTEM \"tmx14.dtd\"> is fine.");
        }
    }

    static InterchangeException notWellFormed(XMLStreamException e, XMLStreamReader xml) {
        Location at = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String encoding = xml == null || xml.getEncoding() == null ? "" : " (read as " + xml.getEncoding() + ")";
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int message = detail.indexOf("Message: ");
        detail = (message < 0 ? detail : detail.substring(message + "Message: ".length())).strip();
        return new InterchangeException("The TMX file is not well-formed XML" + where + encoding + ": " + detail, e);
    }

    static int line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    /** An attribute without namespace; {@code xml:lang} has its own method. */
    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** {@code xml:lang}, else the {@code lang} of TMX 1.1 to 1.3; null when blank or absent. */
    static String language(XMLStreamReader xml) {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language == null || language.isBlank()) {
            language = attribute(xml, "lang");
        }
        return language == null || language.isBlank() ? null : language;
    }

    /** Moves to the next start or end tag, passing text, comments and processing instructions. */
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

    /** From a start tag to its end tag, whatever lies between. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            depth += nextTag(xml) == START_ELEMENT ? 1 : -1;
        }
    }

    /** The text of an element meant to hold only text ({@code <prop>}); child elements are passed over. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == START_ELEMENT || event == END_ELEMENT) {
                depth += event == START_ELEMENT ? 1 : -1;
            } else if (depth == 1) {
                appendText(xml, text);
            }
        }
        return text.toString();
    }

    /** Appends character data (text, CDATA, whitespace); comments and the like add nothing. */
    static void appendText(XMLStreamReader xml, StringBuilder text) {
        int event = xml.getEventType();
        if (event == CHARACTERS || event == CDATA || event == SPACE) {
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
    }
}
