package org.verso.interchange.tbx;

import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.InterchangeException;
import org.verso.interchange.StaxInput;

/**
 * Reads a TBX termbase one concept at a time (StAX, never a tree) as glossary entries for one language pair:
 * {@link #open} reads the root element and tells TBX v3 from TBX 2008, {@link #read} hands each entry to the
 * caller as its concept is parsed. The caller owns and closes the stream.
 *
 * <p>Per concept, every source-language term is paired with every target-language term (languages match as
 * {@link TbxConcept#sameLanguage} says). The entry takes the source term's part of speech (else the target's),
 * the target term's administrative status (preferred, admitted, or forbidden for deprecated and superseded),
 * and as note the definitions and notes of the concept and of the two terms and their language sections.
 * TBX says nothing of letter case, so entries are never case-sensitive.
 *
 * <p>Skipped, with line and reason: a concept without a source or a target term, an empty term, a language
 * section without {@code xml:lang}. Refused with an {@link InterchangeException} naming the line: XML that is
 * not well-formed (truncated files included), a root other than {@code <tbx>} in the TBX namespace or
 * {@code <martif>}, and entity declarations. Headers and back matter are passed over.
 */
public final class TbxReader {

    static final String NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    private static final Set<String> NAMESPACES = Set.of(NAMESPACE, "urn:iso:std:iso:30042:ed-1");
    /** Elements between the root and the concepts. */
    private static final Set<String> CONTAINERS = Set.of("text", "body");

    private final XMLStreamReader xml;
    private final TbxVersion version;
    private boolean read;

    private TbxReader(XMLStreamReader xml, TbxVersion version) {
        this.xml = xml;
        this.version = version;
    }

    /** Reads the file up to its root element. */
    public static TbxReader open(InputStream in) {
        XMLStreamReader xml = StaxInput.open(in, TbxXml.FORMAT);
        try {
            return new TbxReader(xml, sniffRoot(xml));
        } catch (XMLStreamException e) {
            throw StaxInput.notWellFormed(e, xml, TbxXml.FORMAT);
        }
    }

    /** Opens and reads in one call; see {@link #read(String, String, Consumer, Consumer)}. */
    public static int read(InputStream in, String sourceLanguage, String targetLanguage,
            Consumer<GlossaryEntry> onEntry, Consumer<GlossaryProblem> onSkip) {
        return open(in).read(sourceLanguage, targetLanguage, onEntry, onSkip);
    }

    public TbxVersion version() {
        return version;
    }

    /**
     * Reads the concepts to the end of the file, handing each entry to {@code onEntry} and each skipped part to
     * {@code onSkip} as soon as its concept is parsed.
     *
     * @return how many entries went to {@code onEntry}
     * @throws InterchangeException when the file turns out not to be well-formed; entries before that point have
     *         been delivered
     */
    public int read(String sourceLanguage, String targetLanguage, Consumer<GlossaryEntry> onEntry,
            Consumer<GlossaryProblem> onSkip) {
        String source = TbxConcept.requireLanguage(sourceLanguage, "source");
        String target = TbxConcept.requireLanguage(targetLanguage, "target");
        if (read) {
            throw new IllegalStateException("The concepts of this TBX file have already been read");
        }
        read = true;
        try {
            int delivered = readConcepts(source, target, onEntry, onSkip);
            while (xml.hasNext()) {
                xml.next(); // to the end, so a broken tail is still an error
            }
            return delivered;
        } catch (XMLStreamException e) {
            throw StaxInput.notWellFormed(e, xml, TbxXml.FORMAT);
        }
    }

    private int readConcepts(String source, String target, Consumer<GlossaryEntry> onEntry,
            Consumer<GlossaryProblem> onSkip) throws XMLStreamException {
        String concept = version == TbxVersion.V3 ? "conceptEntry" : "termEntry";
        int delivered = 0;
        int depth = 1;
        while (depth > 0) {
            if (StaxInput.nextTag(xml) == END_ELEMENT) {
                depth--;
            } else if (xml.getLocalName().equals(concept)) {
                delivered += TbxConcept.read(xml, source, target, onEntry, onSkip);
            } else if (CONTAINERS.contains(xml.getLocalName())) {
                depth++;
            } else {
                StaxInput.skipElement(xml);
            }
        }
        return delivered;
    }

    private static TbxVersion sniffRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.next() != START_ELEMENT) {
            if (xml.getEventType() == DTD) {
                StaxInput.refuseEntityDeclarations(xml, TbxXml.FORMAT, TbxXml.PLAIN_DOCTYPE);
            }
        }
        String root = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        if (root.equals("tbx") && namespace != null && NAMESPACES.contains(namespace)) {
            return TbxVersion.V3;
        }
        if (root.equals("martif") && (namespace == null || namespace.isEmpty())) {
            return TbxVersion.V2;
        }
        String found = root.equals("tbx") ? "<tbx> in namespace \"" + namespace + "\"" : "<" + root + ">";
        throw new InterchangeException("The file is not TBX: its root element on line " + StaxInput.line(xml) + " is "
                + found + ". Verso reads TBX v3 (<tbx xmlns=\"" + NAMESPACE + "\">) and TBX 2008 (<martif>).");
    }
}
