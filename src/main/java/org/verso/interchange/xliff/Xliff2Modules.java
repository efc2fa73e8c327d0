package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.StaxInput;

/**
 * The parts of an XLIFF 2 file Verso does not translate but still checks: notes, original data, and the
 * metadata and matches modules, whose ids and required attributes the schemas alone do not enforce.
 * Verso reads one thing from them: the translation version it wrote into {@code <mda:metadata>} on export.
 */
final class Xliff2Modules {

    static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";
    static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";
    /** The metaGroup category and meta type under which Verso writes a unit's translation version. */
    static final String VERSO_CATEGORY = "verso";
    static final String VERSION_TYPE = "version";

    private final XMLStreamReader xml;

    Xliff2Modules(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** {@code <notes>}: only {@code <note>} children, their ids unique. */
    void notes() throws XMLStreamException {
        Set<String> ids = new HashSet<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            requireCore("note", "notes");
            String id = XliffChecks.id(xml, "id", false);
            if (id != null && !ids.add(id)) {
                throw XliffChecks.fail(xml, "the note id \"" + id + "\" is used twice in one <notes>.");
            }
            StaxInput.skipElement(xml);
        }
    }

    /** {@code <originalData>}: the ids of its {@code <data>} elements, each required and unique. */
    Set<String> originalData() throws XMLStreamException {
        Set<String> ids = new HashSet<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            requireCore("data", "originalData");
            String id = XliffChecks.id(xml, "id", true);
            if (!ids.add(id)) {
                throw XliffChecks.fail(xml, "the data id \"" + id + "\" is used twice in one <originalData>.");
            }
            StaxInput.skipElement(xml);
        }
        return ids;
    }

    /**
     * An element of another namespace where extensions may appear: checked when it is a module Verso knows,
     * skipped otherwise. Answers Verso's translation version when the element carries one, else null.
     */
    Integer extension() throws XMLStreamException {
        if (METADATA.equals(xml.getNamespaceURI()) && "metadata".equals(xml.getLocalName())) {
            return metadata();
        }
        if (MATCHES.equals(xml.getNamespaceURI()) && "matches".equals(xml.getLocalName())) {
            matches();
            return null;
        }
        StaxInput.skipElement(xml);
        return null;
    }

    /** Every {@code <mda:meta>} needs a type; a verso/version meta is read. */
    private Integer metadata() throws XMLStreamException {
        Deque<String> groups = new ArrayDeque<>();
        Integer version = null;
        int depth = 1;
        while (depth > 0) {
            if (StaxInput.nextTag(xml) == END_ELEMENT) {
                if (--depth > 0) {
                    groups.pop();
                }
            } else if ("meta".equals(xml.getLocalName())) {
                String type = XliffChecks.required(xml, "type");
                String text = xml.getElementText().strip();
                if (VERSO_CATEGORY.equals(groups.peek()) && VERSION_TYPE.equals(type) && text.matches("\\d{1,9}")) {
                    version = Integer.valueOf(text);
                }
            } else {
                depth++;
                String category = StaxInput.attribute(xml, "category");
                groups.push(category == null ? "" : category);
            }
        }
        return version;
    }

    /** Every {@code <mtc:match>} id is unique in its {@code <mtc:matches>}. */
    private void matches() throws XMLStreamException {
        Set<String> ids = new HashSet<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            String id = XliffChecks.id(xml, "id", false);
            if (id != null && !ids.add(id)) {
                throw XliffChecks.fail(xml, "the match id \"" + id + "\" is used twice in one <mtc:matches>.");
            }
            StaxInput.skipElement(xml);
        }
    }

    private void requireCore(String name, String parent) {
        if (!Xliff2Reader.NAMESPACE.equals(xml.getNamespaceURI()) || !name.equals(xml.getLocalName())) {
            throw XliffChecks.fail(xml, "<" + parent + "> may hold only <" + name + ">, not <" + XliffChecks.name(xml)
                    + ">.");
        }
    }
}
