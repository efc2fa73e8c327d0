package org.verso.interchange.tbx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
            throw failed(e);
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
            throw failed(e);
        }
    }

    private void writeTerm(String language, String term, String partOfSpeech, String status)
            throws XMLStreamException {
        line(4);
        xml.writeStartElement("langSec");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", xmlOnly(language));
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
            throw failed(e);
        }
    }

    private void termNote(String type, String value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(xmlOnly(value));
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlOnly(text));
        xml.writeEndElement();
    }

    private void line(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** Without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    private static String xmlOnly(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static RuntimeException failed(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io) {
            return new UncheckedIOException("Writing TBX failed", io);
        }
        return new IllegalStateException("Writing TBX failed", e);
    }
}
