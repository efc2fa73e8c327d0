package org.verso.interchange.tbx;

import java.io.OutputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verso.interchange.XmlChars;

/**
 * Writes a TBX v3 file in the TBX-Basic dialect, DCA style, in UTF-8, entry by entry: the root and header when
 * constructed, one {@code <conceptEntry>} per {@link #writeEntry}, the closing tags on {@link #close}. The
 * caller closes {@code out}.
 *
 * <p>Per entry: the note as a concept-level {@code <note>}, a {@code <langSec>} for each language with one
 * {@code <termSec>}; the part of speech goes on both terms, the status (as {@code administrativeStatus}) on the
 * target term. Case sensitivity has no TBX-Basic data category and is not written. Characters XML 1.0 cannot
 * carry are dropped.
 */
public final class TbxWriter implements AutoCloseable {

    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private int concepts;
    private boolean closed;

    public TbxWriter(OutputStream out) {
        try {
            // The JDK writer, not whatever StAX implementation happens to be on the classpath.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(TbxReader.NAMESPACE);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "en");
            line(1);
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element("p", "Glossary exported by Verso");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            line(1);
            xml.writeStartElement("text");
            line(2);
            xml.writeStartElement("body");
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TBX");
        }
    }

    public void writeEntry(GlossaryEntry entry) {
        if (closed) {
            throw new IllegalStateException("The TBX file is already closed");
        }
        try {
            line(3);
            xml.writeStartElement("conceptEntry");
            xml.writeAttribute("id", "c" + ++concepts);
            if (entry.note() != null && !entry.note().isBlank()) {
                line(4);
                element("note", entry.note());
            }
            writeTerm(entry.sourceLanguage(), entry.sourceTerm(), entry.partOfSpeech(), null);
            writeTerm(entry.targetLanguage(), entry.targetTerm(), entry.partOfSpeech(), entry.status());
            line(3);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TBX");
        }
    }

    private void writeTerm(String language, String term, String partOfSpeech, String status)
            throws XMLStreamException {
        line(4);
        xml.writeStartElement("langSec");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", XmlChars.withoutForbidden(language));
        line(5);
        xml.writeStartElement("termSec");
        line(6);
        element("term", term);
        if (partOfSpeech != null && !partOfSpeech.isBlank()) {
            line(6);
            termNote("partOfSpeech", partOfSpeech);
        }
        if (status != null) {
            line(6);
            termNote("administrativeStatus", switch (status) {
                case GlossaryEntry.PREFERRED -> "preferredTerm-admn-sts";
                case GlossaryEntry.ADMITTED -> "admittedTerm-admn-sts";
                default -> "deprecatedTerm-admn-sts";
            });
        }
        line(5);
        xml.writeEndElement();
        line(4);
        xml.writeEndElement();
    }

    /** Writes the closing tags and flushes; the output stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            line(2);
            xml.writeEndElement();
            line(1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TBX");
        }
    }

    private void termNote(String type, String value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(XmlChars.withoutForbidden(value));
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlChars.withoutForbidden(text));
        xml.writeEndElement();
    }

    private void line(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
