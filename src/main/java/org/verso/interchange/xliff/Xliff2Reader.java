package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.StaxInput;

/**
 * Reads XLIFF 2.0 and 2.1 (one namespace) into the bilingual model: every {@code <segment>} is a unit; the units
 * directly in one {@code <group>} form a paragraph (the shape Verso writes), a unit directly in a {@code <file>}
 * is a paragraph of its own. Besides what the schema checks, it refuses what the specification's processing
 * requirements forbid: repeated ids, tags that are not BCP 47, a target without {@code trgLang} or in another
 * language, codes that do not pair, references to original data that is not there.
 */
final class Xliff2Reader {

    static final String NAMESPACE = Xliff2Writer.NAMESPACE;
    private static final Set<String> STATES = Set.of("initial", "translated", "reviewed", "final");

    private final XMLStreamReader xml;
    private final Xliff2Modules modules;
    private final Xliff2Units units;
    private final XliffParagraphs paragraphs = new XliffParagraphs();

    Xliff2Reader(XMLStreamReader xml) {
        this.xml = xml;
        this.modules = new Xliff2Modules(xml);
        this.units = new Xliff2Units(xml, modules);
    }

    /** From the root start tag to its end. */
    BilingualDocument read() throws XMLStreamException {
        String source = XliffChecks.language(xml, "srcLang", XliffChecks.required(xml, "srcLang"));
        String target = XliffChecks.language(xml, "trgLang", StaxInput.attribute(xml, "trgLang"));
        units.languages(source, target);
        Set<String> fileIds = new HashSet<>();
        String firstId = null;
        String title = null;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            requireCore("file", "xliff");
            String id = XliffChecks.id(xml, "id", true);
            if (!fileIds.add(id)) {
                throw XliffChecks.fail(xml, "the file id \"" + id + "\" is used twice.");
            }
            if (firstId == null) {
                firstId = id;
                title = StaxInput.attribute(xml, "original");
            }
            file(XliffChecks.translate(xml, true));
        }
        if (firstId == null) {
            throw XliffChecks.fail(xml, "<xliff> holds no <file>; it needs at least one.");
        }
        return new BilingualDocument(firstId, title, source, target, paragraphs.all(), 0);
    }

    private void file(boolean translate) throws XMLStreamException {
        Set<String> ids = new HashSet<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                modules.extension();
                continue;
            }
            switch (xml.getLocalName()) {
                case "skeleton" -> StaxInput.skipElement(xml);
                case "notes" -> modules.notes();
                case "unit" -> paragraphs.add(ParagraphKind.BODY,
                        units.read(unique(ids), XliffChecks.translate(xml, translate)));
                case "group" -> group(ids, translate);
                default -> throw unexpected("file");
            }
        }
    }

    /** The units directly in the group make one paragraph; a nested group ends it and starts its own. */
    private void group(Set<String> ids, boolean inherited) throws XMLStreamException {
        unique(ids);
        ParagraphKind kind = XliffParagraphs.kind(StaxInput.attribute(xml, "name"));
        boolean translate = XliffChecks.translate(xml, inherited);
        List<BilingualUnit> pending = new ArrayList<>();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (!NAMESPACE.equals(xml.getNamespaceURI())) {
                modules.extension();
                continue;
            }
            switch (xml.getLocalName()) {
                case "notes" -> modules.notes();
                case "unit" -> pending.addAll(units.read(unique(ids), XliffChecks.translate(xml, translate)));
                case "group" -> {
                    paragraphs.add(kind, pending);
                    pending = new ArrayList<>();
                    group(ids, translate);
                }
                default -> throw unexpected("group");
            }
        }
        paragraphs.add(kind, pending);
    }


    /** The id of a group or unit: required, and unique among the groups and units of its file. */
    private String unique(Set<String> ids) {
        String id = XliffChecks.id(xml, "id", true);
        if (!ids.add(id)) {
            throw XliffChecks.fail(xml, "the id \"" + id + "\" is used twice among the groups and units of one file.");
        }
        return id;
    }



    static boolean isState(String state) {
        return STATES.contains(state);
    }

    private void requireCore(String name, String parent) {
        if (!NAMESPACE.equals(xml.getNamespaceURI()) || !name.equals(xml.getLocalName())) {
            throw unexpected(parent);
        }
    }

    private RuntimeException unexpected(String parent) {
        return XliffChecks.fail(xml, "<" + XliffChecks.name(xml) + "> is not allowed in <" + parent + ">.");
    }
}
