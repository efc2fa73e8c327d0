package org.verso.interchange.tmx;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.StaxInput;

/**
 * What reading TMX needs beyond the shared hardened parser ({@link StaxInput}): the language of a variant and the
 * text of an element. The DOCTYPE line real tools write is passed over and tmx14.dtd never fetched.
 */
final class TmxXml {

    static final String FORMAT = "TMX";
    static final String PLAIN_DOCTYPE = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";

    private TmxXml() {
    }

    /** {@code xml:lang}, else the {@code lang} of TMX 1.1 to 1.3; null when blank or absent. */
    static String language(XMLStreamReader xml) {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (language == null || language.isBlank()) {
            language = StaxInput.attribute(xml, "lang");
        }
        return language == null || language.isBlank() ? null : language;
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
            if (text.length() + xml.getTextLength() > InterchangeException.MAX_UNIT_CHARS) {
                throw new InterchangeException("Line " + StaxInput.line(xml) + ": a text is longer than "
                        + InterchangeException.MAX_UNIT_CHARS + " characters, the most one unit may hold.");
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
    }
}
