package org.verso.interchange.tbx;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What reading TBX needs beyond the shared hardened parser ({@link org.verso.interchange.StaxInput}): a term's
 * language and the text of an element, inline markup included.
 */
final class TbxXml {

    static final String FORMAT = "TBX";
    static final String PLAIN_DOCTYPE = "<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">";

    private TbxXml() {
    }

    /** {@code xml:lang}, or null when blank or absent. */
    static String language(XMLStreamReader xml) {
        String language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return language == null || language.isBlank() ? null : language.strip();
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
