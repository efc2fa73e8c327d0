package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.StaxInput;

/**
 * Reads a bilingual XLIFF file of version 1.2, 2.0 or 2.1, told apart by the root's namespace (2.0 and 2.1 share
 * one and differ in the version attribute). Any other XLIFF version, 2.2 with its new namespace included, is
 * refused with a message naming it, rather than read half-right.
 *
 * <p>Inline codes come out in Verso's notation ({@code <1>…</1>}, {@code <2/>}); see {@link InlineText}.
 */
public final class XliffReader {

    private static final String NAMESPACE_PREFIX = "urn:oasis:names:tc:xliff:document:";
    private static final String SUPPORTED = "Verso reads XLIFF 1.2, 2.0 and 2.1.";

    /**
     * @throws InterchangeException naming the problem and its line when the file is not XML, not XLIFF, of an
     *                              unsupported version or breaks a rule of its version
     */
    public BilingualDocument read(byte[] bytes) {
        return read(new ByteArrayInputStream(bytes));
    }

    public BilingualDocument read(InputStream in) {
        XMLStreamReader xml = StaxInput.open(in, "XLIFF");
        try {
            toRoot(xml);
            return switch (version(xml)) {
                case "1.2" -> new Xliff12Reader(xml).read();
                default -> new Xliff2Reader(xml).read();
            };
        } catch (XMLStreamException e) {
            throw StaxInput.notWellFormed(e, xml, "XLIFF");
        }
    }

    private static void toRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.next() != START_ELEMENT) {
            if (xml.getEventType() == DTD) {
                StaxInput.refuseEntityDeclarations(xml, "XLIFF", "file without DOCTYPE");
            }
        }
    }

    /** "1.2", "2.0" or "2.1"; anything else is refused here. */
    private static String version(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String version = StaxInput.attribute(xml, "version");
        if (!"xliff".equals(xml.getLocalName()) || !namespace.startsWith(NAMESPACE_PREFIX)) {
            String legacy = "xliff".equals(xml.getLocalName()) && version != null ? " (XLIFF " + version
                    + " without the OASIS namespace is not supported)" : "";
            throw new InterchangeException("This is not an XLIFF file: its root element is <" + xml.getLocalName()
                    + ">" + (namespace.isEmpty() ? "" : " in namespace " + namespace) + legacy + ". " + SUPPORTED);
        }
        String fromNamespace = namespace.substring(NAMESPACE_PREFIX.length());
        if (fromNamespace.equals("1.2") || fromNamespace.equals("2.0")
                && ("2.0".equals(version) || "2.1".equals(version))) {
            return fromNamespace.equals("1.2") ? "1.2" : version;
        }
        String named = fromNamespace.equals("2.0") ? (version == null ? "without a version attribute" : version)
                : fromNamespace;
        throw new InterchangeException("XLIFF " + named + " is not supported (namespace " + namespace + ", version=\""
                + (version == null ? "" : version) + "\"). " + SUPPORTED + " Export the file as XLIFF 2.1 or 1.2.");
    }
}
