package org.verso.interchange.tmx;

import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.StaxInput;

/**
 * Reads a TMX file one translation unit at a time (StAX, never a tree), so a file of millions of units never
 * sits in memory: {@link #open} reads up to the header, {@link #read} hands each unit to the caller as it is
 * parsed. The caller owns and closes the stream.
 *
 * <p>What it accepts: TMX 1.4b, and 1.1 to 1.3 files with the legacy {@code lang} attribute; the encoding of the
 * XML declaration or byte order mark (UTF-8, UTF-16, ISO-8859-1…); a {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">},
 * never loaded. Segment text is kept exactly as written (whitespace included) except that inline codes
 * ({@code bpt}, {@code ept}, {@code ph}, {@code it}, {@code ut}, and any {@code sub} inside them) are left out: they
 * hold the original format's markup, which a memory match should not weigh and need not store.
 * {@code <hi>} marks up real text, so its text stays: {@code <seg>Click <ph>&lt;b&gt;</ph>here</seg>} is
 * "Click here".
 *
 * <p>What it skips, reporting unit, line and reason: a unit with fewer than two usable variants, a variant
 * without language, without {@code <seg>}, with two, or with no text; an element the DTD does not allow where
 * it stands. What it refuses with an {@link InterchangeException} naming the line: XML that is not well-formed
 * (truncated files included) or not in its declared encoding, a root other than {@code <tmx version="1.x">}, a
 * missing {@code <header>} or required header attribute, a missing {@code <body>}, and entity declarations.
 */
public final class TmxReader {

    private static final List<String> REQUIRED_HEADER = List.of("creationtool", "creationtoolversion", "segtype",
            "o-tmf", "adminlang", "srclang", "datatype");
    private static final Set<String> SEGMENT_TYPES = Set.of("block", "paragraph", "sentence", "phrase");

    private final XMLStreamReader xml;
    private final TmxHeader header;
    private boolean read;

    private TmxReader(XMLStreamReader xml, TmxHeader header) {
        this.xml = xml;
        this.header = header;
    }

    /** Reads the file up to its {@code <body>}; the units are left for {@link #read}. */
    public static TmxReader open(InputStream in) {
        XMLStreamReader xml = StaxInput.open(in, TmxXml.FORMAT);
        try {
            String version = startRoot(xml);
            TmxHeader header = readHeader(xml, version);
            if (StaxInput.nextTag(xml) != START_ELEMENT || !xml.getLocalName().equals("body")) {
                throw new InterchangeException(
                        "The TMX file has no <body> after its <header> (line " + StaxInput.line(xml) + ").");
            }
            return new TmxReader(xml, header);
        } catch (XMLStreamException e) {
            throw StaxInput.notWellFormed(e, xml, TmxXml.FORMAT);
        }
    }

    public TmxHeader header() {
        return header;
    }

    /**
     * Reads the units to the end of the file, handing each good one to {@code onUnit} and each skipped one to
     * {@code onSkip} as soon as it is parsed.
     *
     * @return how many units went to {@code onUnit}
     * @throws InterchangeException when the file turns out not to be well-formed; units before that point have
     *         been delivered
     */
    public int read(Consumer<TmxUnit> onUnit, Consumer<TmxProblem> onSkip) {
        if (read) {
            throw new IllegalStateException("The units of this TMX file have already been read");
        }
        read = true;
        try {
            int delivered = readBody(onUnit, onSkip);
            while (xml.hasNext()) {
                xml.next(); // to the end, so a truncated or broken tail is still an error
            }
            return delivered;
        } catch (XMLStreamException e) {
            throw StaxInput.notWellFormed(e, xml, TmxXml.FORMAT);
        }
    }

    private int readBody(Consumer<TmxUnit> onUnit, Consumer<TmxProblem> onSkip) throws XMLStreamException {
        TmxUnitReader units = new TmxUnitReader(xml, header.sourceLanguage());
        int number = 0;
        int delivered = 0;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (!xml.getLocalName().equals("tu")) {
                onSkip.accept(new TmxProblem(0, StaxInput.line(xml),
                        "<" + xml.getLocalName() + "> is not allowed in <body>"));
                StaxInput.skipElement(xml);
                continue;
            }
            TmxUnit unit = units.read(++number, onSkip);
            if (unit != null) {
                onUnit.accept(unit);
                delivered++;
            }
        }
        return delivered;
    }

    /** @return the TMX version of the root element */
    private static String startRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.next() != START_ELEMENT) {
            if (xml.getEventType() == DTD) {
                StaxInput.refuseEntityDeclarations(xml, TmxXml.FORMAT, TmxXml.PLAIN_DOCTYPE);
            }
        }
        if (!xml.getLocalName().equals("tmx")) {
            throw new InterchangeException("The file is not TMX: its root element on line " + StaxInput.line(xml)
                    + " is <" + xml.getLocalName() + ">, not <tmx>.");
        }
        String version = StaxInput.attribute(xml, "version");
        if (version == null || !version.strip().startsWith("1.")) {
            throw new InterchangeException("The <tmx> element on line " + StaxInput.line(xml) + " has "
                    + (version == null ? "no version attribute" : "version \"" + version + "\"")
                    + "; Verso reads TMX 1.1 to 1.4.");
        }
        return version.strip();
    }

    private static TmxHeader readHeader(XMLStreamReader xml, String version) throws XMLStreamException {
        if (StaxInput.nextTag(xml) != START_ELEMENT || !xml.getLocalName().equals("header")) {
            throw new InterchangeException("The TMX file has no <header> (line " + StaxInput.line(xml)
                    + "): it must be the first element inside <tmx>.");
        }
        int line = StaxInput.line(xml);
        List<String> missing = REQUIRED_HEADER.stream()
                .filter(name -> StaxInput.attribute(xml, name) == null || StaxInput.attribute(xml, name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new InterchangeException("The TMX <header> on line " + line + " lacks the required attribute"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ".");
        }
        String segmentType = StaxInput.attribute(xml, "segtype");
        if (!SEGMENT_TYPES.contains(segmentType)) {
            throw new InterchangeException("The TMX <header> on line " + line + " has segtype=\"" + segmentType
                    + "\"; TMX allows block, paragraph, sentence or phrase.");
        }
        TmxHeader header = new TmxHeader(version, StaxInput.attribute(xml, "srclang"),
                StaxInput.attribute(xml, "adminlang"), StaxInput.attribute(xml, "creationtool"),
                StaxInput.attribute(xml, "creationtoolversion"), segmentType, StaxInput.attribute(xml, "o-tmf"),
                StaxInput.attribute(xml, "datatype"));
        StaxInput.skipElement(xml);
        return header;
    }
}
