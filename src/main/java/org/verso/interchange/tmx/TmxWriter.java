package org.verso.interchange.tmx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.verso.interchange.XmlChars;

/**
 * Writes a TMX 1.4b file unit by unit, valid against tmx14.dtd, in UTF-8: the prologue and header when
 * constructed, one {@code <tu>} per {@link #writeUnit}, the closing tags on {@link #close}. Nothing is held
 * back, so a memory of any size streams straight to {@code out}; the caller closes {@code out}.
 *
 * <p>Characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE/U+FFFF)
 * are dropped: TMX has no escape for them, and in a memory they are debris of copy and paste, not text a
 * translator chose. A CR is written as {@code &#xD;} so it reads back as CR rather than LF.
 */
public final class TmxWriter implements AutoCloseable {

    static final String ORIGIN_PROPERTY = "x-origin";
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    /** The JDK's XML writer hands the stream a few bytes at a time; a buffer makes that one write per 64 KiB. */
    private final BufferedOutputStream buffer;
    private final String sourceLanguage;
    private boolean closed;

    public TmxWriter(OutputStream out, String sourceLanguage, String creationTool, String creationToolVersion) {
        if (sourceLanguage == null || sourceLanguage.isBlank()) {
            throw new IllegalArgumentException("A TMX file needs a source language");
        }
        this.sourceLanguage = sourceLanguage;
        try {
            // The JDK writer, not whatever StAX implementation happens to be on the classpath.
            buffer = new BufferedOutputStream(out, 1 << 16);
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            writeHeader(creationTool, creationToolVersion);
            line(1);
            xml.writeStartElement("body");
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TMX");
        }
    }

    private void writeHeader(String creationTool, String creationToolVersion) throws XMLStreamException {
        line(1);
        xml.writeEmptyElement("header");
        attribute("creationtool", creationTool);
        attribute("creationtoolversion", creationToolVersion);
        xml.writeAttribute("segtype", "sentence");
        attribute("o-tmf", creationTool);
        xml.writeAttribute("adminlang", "en");
        attribute("srclang", sourceLanguage);
        xml.writeAttribute("datatype", "plaintext");
    }

    public void writeUnit(TmxPair pair) {
        if (closed) {
            throw new IllegalStateException("The TMX file is already closed");
        }
        try {
            line(2);
            xml.writeStartElement("tu");
            optionalAttribute("tuid", pair.tuid());
            optionalAttribute("creationdate", TmxDate.format(pair.creationDate()));
            optionalAttribute("creationid", pair.creationId());
            optionalAttribute("changedate", TmxDate.format(pair.changeDate()));
            if (pair.origin() != null) {
                line(3);
                xml.writeStartElement("prop");
                xml.writeAttribute("type", ORIGIN_PROPERTY);
                xml.writeCharacters(XmlChars.withoutForbidden(pair.origin()));
                xml.writeEndElement();
            }
            writeVariant(sourceLanguage, pair.source());
            writeVariant(pair.targetLanguage(), pair.target());
            line(2);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TMX");
        }
    }

    private void writeVariant(String language, String text) throws XMLStreamException {
        line(3);
        xml.writeStartElement("tuv");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", XmlChars.withoutForbidden(language));
        xml.writeStartElement("seg");
        String[] lines = XmlChars.withoutForbidden(text).split("\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEntityRef("#xD"); // a literal CR would be read back as LF
            }
            xml.writeCharacters(lines[i]);
        }
        xml.writeEndElement();
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
            line(1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            buffer.flush();
        } catch (XMLStreamException e) {
            throw XmlChars.writeFailed(e, "TMX");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the TMX file", e);
        }
    }

    private void line(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value == null ? "" : XmlChars.withoutForbidden(value));
    }

    private void optionalAttribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, XmlChars.withoutForbidden(value));
        }
    }
}
