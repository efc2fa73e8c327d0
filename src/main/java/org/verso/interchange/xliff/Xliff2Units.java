package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.BilingualUnit;
import org.verso.interchange.StaxInput;
import org.verso.interchange.UnitState;

/** Reads one XLIFF 2 {@code <unit>}: its segments become bilingual units, its ignorables are checked and dropped. */
final class Xliff2Units {

    private final XMLStreamReader xml;
    private final Xliff2Modules modules;
    private String sourceLanguage;
    private String targetLanguage;

    /** What one {@code <segment>} held, before the unit's end tells how many there are. */
    private record Segment(String id, String source, String target, UnitState state, String subState) {
    }

    Xliff2Units(XMLStreamReader xml, Xliff2Modules modules) {
        this.xml = xml;
        this.modules = modules;
    }

    void languages(String source, String target) {
        this.sourceLanguage = source;
        this.targetLanguage = target;
    }

    /** From the unit's start tag to its end; one bilingual unit per segment, ids "unit" or "unit#segment". */
    List<BilingualUnit> read(String unitId, boolean translate) throws XMLStreamException {
        Set<String> segmentIds = new HashSet<>();
        Set<String> dataIds = Set.of();
        InlineText source = InlineText.source();
        InlineText target = source.target();
        List<Segment> segments = new ArrayList<>();
        Integer version = null;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            if (!Xliff2Reader.NAMESPACE.equals(xml.getNamespaceURI())) {
                Integer found = modules.extension();
                version = found == null ? version : found;
                continue;
            }
            switch (xml.getLocalName()) {
                case "notes" -> modules.notes();
                case "originalData" -> dataIds = modules.originalData();
                case "segment", "ignorable" -> {
                    boolean segment = xml.getLocalName().equals("segment");
                    Segment read = segment(segmentIds, new Xliff2Content(xml, dataIds), source, target);
                    if (segment) {
                        segments.add(read);
                    }
                }
                default -> throw XliffChecks.fail(xml, "<" + xml.getLocalName() + "> is not allowed in <unit>.");
            }
        }
        source.finish(StaxInput.line(xml));
        target.finish(StaxInput.line(xml));
        return units(unitId, segments, translate, version);
    }

    private static List<BilingualUnit> units(String unitId, List<Segment> segments, boolean translate,
                                             Integer version) {
        List<BilingualUnit> units = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String id = segments.size() == 1 ? unitId : unitId + "#" + (s.id() == null ? String.valueOf(i + 1) : s.id());
            units.add(new BilingualUnit(id, s.source(), s.target(), s.state(), s.subState(), translate, version));
        }
        return units;
    }

    private Segment segment(Set<String> ids, Xliff2Content content, InlineText source, InlineText target)
            throws XMLStreamException {
        String id = XliffChecks.id(xml, "id", false);
        if (id != null && !ids.add(id)) {
            throw XliffChecks.fail(xml, "the segment id \"" + id + "\" is used twice in one unit.");
        }
        String state = StaxInput.attribute(xml, "state");
        if (state != null && !Xliff2Reader.isState(state)) {
            throw XliffChecks.fail(xml, "state=\"" + state + "\" is not one of initial, translated, reviewed, final.");
        }
        String subState = StaxInput.attribute(xml, "subState");
        String sourceText = null;
        String targetText = null;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            String name = xml.getLocalName();
            if (sourceText == null && "target".equals(name)) {
                throw XliffChecks.fail(xml, "a segment has no <source> before its <target>.");
            }
            if (!Xliff2Reader.NAMESPACE.equals(xml.getNamespaceURI()) || !name.equals(sourceText == null ? "source"
                    : "target") || targetText != null) {
                throw XliffChecks.fail(xml, "a segment holds one <source>, then at most one <target>; <"
                        + XliffChecks.name(xml) + "> is out of place.");
            }
            checkLanguage(name.equals("source"));
            InlineText side = name.equals("source") ? source : target;
            content.read(side);
            if (name.equals("source")) {
                sourceText = side.takeSegment();
            } else {
                targetText = side.takeSegment();
            }
        }
        if (sourceText == null) {
            throw XliffChecks.fail(xml, "a segment has no <source>.");
        }
        UnitState unitState = UnitState.valueOf((state == null ? "initial" : state).toUpperCase(Locale.ROOT));
        return new Segment(id, sourceText, targetText, unitState, subState);
    }

    /** xml:lang on a source must be srcLang, on a target trgLang; a target needs trgLang on the root. */
    private void checkLanguage(boolean isSource) {
        String declared = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (!isSource && targetLanguage == null) {
            throw XliffChecks.fail(xml, "a <target> is present, but <xliff> declares no trgLang.");
        }
        String expected = isSource ? sourceLanguage : targetLanguage;
        if (declared != null && !XliffChecks.sameLanguage(declared, expected)) {
            throw XliffChecks.fail(xml, "<" + (isSource ? "source" : "target") + " xml:lang=\"" + declared
                    + "\"> differs from the file's " + (isSource ? "srcLang" : "trgLang") + " \"" + expected + "\".");
        }
    }
}
