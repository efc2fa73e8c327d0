package org.verso.interchange;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.util.MissingResourceException;

/**
 * The hardened StAX parser every XML reader of Verso's files uses (TMX, TBX), and the cursor moves they share.
 *
 * <p>DTD support is off, as measured in research/interchange.md §6: a DOCTYPE line naming a DTD is reported and
 * ignored, the DTD is never fetched, and any entity other than the five XML ones is an error instead of a file read
 * or an expansion. A DOCTYPE that declares entities is refused up front ({@link #refuseEntityDeclarations}) with
 * its own message, because "entity was referenced, but not declared" would puzzle a user whose file was built to
 * attack.
 */
public final class StaxInput {

    /**
     * The deepest element nesting read, as browsers cap HTML: no translation file needs more, and readers that
     * descend element by element would otherwise overflow their stack (XLIFF nested 50,000 levels deep did).
     */
    public static final int MAX_DEPTH = 256;

    private StaxInput() {
    }

    /** A reader over {@code in}; {@code format} ("TMX", "TBX") names the file in messages. */
    public static XMLStreamReader open(InputStream in, String format) {
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
            return new Guarded(factory.createXMLStreamReader(in), format);
        } catch (XMLStreamException e) {
            throw notWellFormed(e, null, format);
        }
    }

    /**
     * Called on the DTD event, whose text is all the parser kept of the DOCTYPE.
     *
     * @param plainDoctype the DOCTYPE the format's tools write, offered as what is fine instead
     */
    public static void refuseEntityDeclarations(XMLStreamReader xml, String format, String plainDoctype) {
        if (xml.getText().contains("<!ENTITY")) {
            throw new InterchangeException("The " + format + " file declares entities in its DOCTYPE (line "
                    + line(xml) + "). Verso refuses entity declarations: they can read local files or web addresses,"
                    + " or expand without end. Remove them; a plain " + plainDoctype + " is fine.");
        }
    }

    /** A readable error for a parser failure, with the line and column, and the encoding when the parser knew it. */
    public static InterchangeException notWellFormed(XMLStreamException e, XMLStreamReader xml, String format) {
        Location at = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        String encoding = xml == null || xml.getEncoding() == null ? "" : " (read as " + xml.getEncoding() + ")";
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int message = detail.indexOf("Message: ");
        detail = (message < 0 ? detail : detail.substring(message + "Message: ".length())).strip();
        return new InterchangeException("The " + format + " file is not well-formed XML" + where + encoding + ": "
                + detail, e);
    }

    public static int line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    /** An attribute without namespace, or null. */
    public static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Moves to the next start or end tag, passing text, comments and processing instructions. */
    public static int nextTag(XMLStreamReader xml) throws XMLStreamException {
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
    public static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            depth += nextTag(xml) == START_ELEMENT ? 1 : -1;
        }
    }

    /**
     * The JDK parser reports some broken DOCTYPEs by looking up a message it does not have ("InvalidCharInDTD"), so a
     * MissingResourceException escapes instead of an XMLStreamException; found by fuzzing the glossary import. This
     * turns it into the error every reader already reports as "not well-formed".
     */
    private static final class Guarded extends StreamReaderDelegate {

        private final String format;
        private int depth;

        Guarded(XMLStreamReader parser, String format) {
            super(parser);
            this.format = format;
        }

        @Override
        public int next() throws XMLStreamException {
            try {
                return counted(super.next());
            } catch (MissingResourceException e) {
                throw brokenDoctype(e);
            }
        }

        @Override
        public int nextTag() throws XMLStreamException {
            try {
                return counted(super.nextTag());
            } catch (MissingResourceException e) {
                throw brokenDoctype(e);
            }
        }

        /** Keeps the element depth; past {@link #MAX_DEPTH} the file is refused with the line where it happened. */
        private int counted(int event) {
            if (event == START_ELEMENT && ++depth > MAX_DEPTH) {
                throw new InterchangeException("The " + format + " file nests elements more than " + MAX_DEPTH
                        + " levels deep (line " + line(this) + "). Verso reads at most " + MAX_DEPTH + " levels.");
            }
            if (event == END_ELEMENT) {
                depth--;
            }
            return event;
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            try {
                return super.hasNext();
            } catch (MissingResourceException e) {
                throw brokenDoctype(e);
            }
        }

        @Override
        public String getElementText() throws XMLStreamException {
            try {
                String text = super.getElementText();
                depth--; // it read up to the element's end tag, past this reader's count
                return text;
            } catch (MissingResourceException e) {
                throw brokenDoctype(e);
            }
        }

        private XMLStreamException brokenDoctype(MissingResourceException e) {
            return new XMLStreamException("the DOCTYPE holds a character or declaration XML does not allow ("
                    + e.getKey() + ")", getLocation());
        }
    }
}
