package org.verso.interchange.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verso.interchange.XmlChars;

/**
 * The XLIFF-specific side of writing XML: indented structure, text with characters XML cannot carry written as
 * {@code <cp/>}, and {@code xml:space="preserve"} exactly where the whitespace of a text would otherwise be lost.
 */
final class XliffOutput {

    private static final String INDENT = "  ";
    /** XML whitespace a reader may collapse or trim unless told to preserve it. */
    private static final Pattern FRAGILE_WHITESPACE = Pattern.compile("^[ \\t\\r\\n]|[ \\t\\r\\n]$|[\\t\\r\\n]| {2}");
    private static final char REPLACEMENT = '\uFFFD';

    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements, so its end tag goes on its own line. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XliffOutput(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
    }

    void endDocument() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    void start(String name) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters("\n" + INDENT.repeat(open.size()));
        xml.writeStartElement(name);
        open.push(false);
    }

    void end() throws XMLStreamException {
        if (open.pop()) {
            xml.writeCharacters("\n" + INDENT.repeat(open.size()));
        }
        xml.writeEndElement();
    }

    void namespace(String uri) throws XMLStreamException {
        xml.writeDefaultNamespace(uri);
    }

    /** Writes nothing for null, so optional attributes need no condition at the call site. */
    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, replaceNonXml(value));
        }
    }

    /** Text of an element that cannot hold inline elements (a note). */
    void text(String value) throws XMLStreamException {
        xml.writeCharacters(replaceNonXml(value));
    }

    /** A {@code <source>} or {@code <target>}: inline content, whitespace kept exactly. */
    void content(String name, String value) throws XMLStreamException {
        start(name);
        if (FRAGILE_WHITESPACE.matcher(value).find()) {
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "space", "preserve");
        }
        writeInline(value);
        end();
    }

    private void writeInline(String value) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (XmlChars.isAllowed(c) && c != '\r') {
                run.appendCodePoint(c);
                continue;
            }
            xml.writeCharacters(run.toString());
            run.setLength(0);
            if (c == '\r') {
                xml.writeEntityRef("#xD"); // a literal CR would be read back as LF
            } else {
                xml.writeEmptyElement("cp");
                xml.writeAttribute("hex", String.format("%04X", c));
            }
        }
        xml.writeCharacters(run.toString());
    }

    private static String replaceNonXml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(XmlChars.isAllowed(c) ? c : REPLACEMENT));
        return out.toString();
    }
}
