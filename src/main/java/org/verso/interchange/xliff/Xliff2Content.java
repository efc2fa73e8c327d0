package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.StaxInput;

/**
 * Reads the inline content of an XLIFF 2 {@code <source>} or {@code <target>} into an {@link InlineText}: text
 * and {@code <cp>} as characters, {@code <pc>}/{@code <sc>}/{@code <ec>}/{@code <ph>} as codes, annotations
 * ({@code <mrk>}, {@code <sm>}, {@code <em>}) dropped with their text kept. A {@code dataRef} must name a
 * {@code <data>} of the unit's {@code <originalData>}.
 */
final class Xliff2Content {

    private final XMLStreamReader xml;
    private final Set<String> dataIds;

    Xliff2Content(XMLStreamReader xml, Set<String> dataIds) {
        this.xml = xml;
        this.dataIds = dataIds;
    }

    /** From just after a start tag to its end tag. */
    void read(InlineText side) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                side.text(xml.getText());
            } else if (event == START_ELEMENT) {
                element(side);
            } else if (event == END_ELEMENT) {
                return;
            }
        }
    }

    private void element(InlineText side) throws XMLStreamException {
        if (!Xliff2Reader.NAMESPACE.equals(xml.getNamespaceURI())) {
            throw XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> may not appear inside a source or target.");
        }
        int line = StaxInput.line(xml);
        switch (xml.getLocalName()) {
            case "cp" -> side.text(codePoint());
            case "ph" -> side.standalone(code("dataRef"), line);
            case "pc" -> pairedCode(side, line);
            case "sc" -> startCode(side, line);
            case "ec" -> endCode(side, line);
            case "mrk" -> {
                side.claim(XliffChecks.id(xml, "id", true), line);
                read(side);
                return;
            }
            case "sm" -> side.claim(XliffChecks.id(xml, "id", true), line);
            case "em" -> XliffChecks.required(xml, "startRef");
            default -> throw XliffChecks.fail(xml, "<" + xml.getLocalName() + "> may not appear inside a source or"
                    + " target.");
        }
        if (xml.isStartElement()) {
            StaxInput.skipElement(xml);
        }
    }

    private void pairedCode(InlineText side, int line) throws XMLStreamException {
        String id = code("dataRefStart");
        dataRef("dataRefEnd");
        side.open(id, line);
        read(side);
        side.close(id, StaxInput.line(xml));
    }

    private void startCode(InlineText side, int line) {
        String id = code("dataRef");
        if ("yes".equals(StaxInput.attribute(xml, "isolated"))) {
            side.isolated(id, true, line);
        } else {
            side.open(id, line);
        }
    }

    private void endCode(InlineText side, int line) {
        dataRef("dataRef");
        if ("yes".equals(StaxInput.attribute(xml, "isolated"))) {
            side.isolated(XliffChecks.id(xml, "id", true), false, line);
        } else {
            side.close(XliffChecks.required(xml, "startRef"), line);
        }
    }

    /** A code's id, with its reference to original data checked. */
    private String code(String dataRefAttribute) {
        String id = XliffChecks.id(xml, "id", true);
        dataRef(dataRefAttribute);
        return id;
    }

    private void dataRef(String attribute) {
        String ref = StaxInput.attribute(xml, attribute);
        if (ref != null && !dataIds.contains(ref)) {
            throw XliffChecks.fail(xml, "<" + xml.getLocalName() + " " + attribute + "=\"" + ref
                    + "\"> points to no <data> in the unit's <originalData>.");
        }
    }

    private String codePoint() {
        String hex = XliffChecks.required(xml, "hex");
        try {
            return new String(Character.toChars(Integer.parseInt(hex, 16)));
        } catch (IllegalArgumentException e) {
            throw XliffChecks.fail(xml, "<cp hex=\"" + hex + "\"> is not a Unicode code point in hexadecimal.");
        }
    }
}
