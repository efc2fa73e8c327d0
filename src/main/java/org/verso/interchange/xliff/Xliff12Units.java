package org.verso.interchange.xliff;

import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.verso.interchange.BilingualUnit;
import org.verso.interchange.StaxInput;
import org.verso.interchange.UnitState;

/** Reads one XLIFF 1.2 {@code <trans-unit>} into bilingual units. */
final class Xliff12Units {

    /** How Verso's 1.2 writer records the translation version: the strict schema allows no attribute of its own. */
    static final String VERSION_PREFIX = "verso:version=";
    private static final Pattern VERSION = Pattern.compile(Pattern.quote(VERSION_PREFIX) + "(\\d{1,9})");
    private static final Set<String> STATES = Set.of("new", "needs-translation", "needs-adaptation", "needs-l10n",
            "needs-review-translation", "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off",
            "final");

    private final XMLStreamReader xml;
    private String sourceLanguage;
    private String targetLanguage;

    /** What the trans-unit held: source segments by mid ("" without seg-source), target the same way. */
    private static final class Read {
        Map<String, String> source;
        Map<String, String> segmented;
        Map<String, String> target;
        String state;
    }

    Xliff12Units(XMLStreamReader xml) {
        this.xml = xml;
    }

    void languages(String source, String target) {
        this.sourceLanguage = source;
        this.targetLanguage = target;
    }

    /** From the trans-unit's start tag to its end; ids must be unique among the file's trans-units. */
    List<BilingualUnit> read(Set<String> ids, boolean translate) throws XMLStreamException {
        String id = XliffChecks.required(xml, "id");
        if (!ids.add(id)) {
            throw XliffChecks.fail(xml, "the trans-unit id \"" + id + "\" is used twice in one file.");
        }
        Integer version = version(StaxInput.attribute(xml, "extradata"));
        boolean approved = "yes".equals(StaxInput.attribute(xml, "approved"));
        Read read = children();
        if (read.source == null) {
            throw XliffChecks.fail(xml, "the trans-unit \"" + id + "\" has no <source>.");
        }
        Map<String, String> sources = read.segmented != null ? read.segmented : read.source;
        UnitState state = approved ? UnitState.FINAL : state(read.state);
        List<BilingualUnit> units = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String unitId = sources.size() == 1 ? id : id + "#" + source.getKey();
            String target = read.target == null ? null
                    : read.target.getOrDefault(source.getKey(), sources.size() == 1 ? read.target.get("") : null);
            units.add(new BilingualUnit(unitId, source.getValue(), target, target == null ? UnitState.INITIAL : state,
                    read.state == null ? "" : read.state, translate, version));
        }
        return units;
    }

    private Read children() throws XMLStreamException {
        Read read = new Read();
        InlineText source = InlineText.source();
        InlineText segmented = InlineText.source();
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            String name = Xliff12Reader.NAMESPACE.equals(xml.getNamespaceURI()) ? xml.getLocalName() : "";
            switch (name) {
                case "source" -> {
                    checkLanguage("source", sourceLanguage);
                    read.source = new Xliff12Content(xml).read(source);
                }
                case "seg-source" -> read.segmented = new Xliff12Content(xml).read(segmented);
                case "target" -> {
                    read.state = targetState();
                    checkLanguage("target", targetLanguage);
                    InlineText side = read.segmented != null ? segmented.target() : source.target();
                    read.target = new Xliff12Content(xml).read(side);
                    side.finish(StaxInput.line(xml));
                }
                default -> StaxInput.skipElement(xml); // note, alt-trans, context-group, count-group, extensions
            }
        }
        source.finish(StaxInput.line(xml));
        segmented.finish(StaxInput.line(xml));
        return read;
    }

    private String targetState() {
        String state = StaxInput.attribute(xml, "state");
        if (state != null && !STATES.contains(state) && !state.startsWith("x-")) {
            throw XliffChecks.fail(xml, "state=\"" + state + "\" is not an XLIFF 1.2 state (new, needs-translation,"
                    + " translated, signed-off, final, … or x-…).");
        }
        return state;
    }

    /** new and needs-* count as not yet translated, signed-off and final as done, the rest as translated. */
    private static UnitState state(String state) {
        if (state == null || state.equals("translated") || state.startsWith("x-")
                || state.startsWith("needs-review")) {
            return UnitState.TRANSLATED;
        }
        if (state.equals("final") || state.equals("signed-off")) {
            return UnitState.FINAL;
        }
        return UnitState.INITIAL;
    }

    private void checkLanguage(String element, String expected) {
        String declared = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (element.equals("target") && expected == null) {
            throw XliffChecks.fail(xml, "a <target> is present, but its <file> declares no target-language.");
        }
        if (declared != null && !XliffChecks.sameLanguage(declared, expected)) {
            throw XliffChecks.fail(xml, "<" + element + " xml:lang=\"" + declared + "\"> differs from the file's "
                    + (element.equals("source") ? "source-language" : "target-language") + " \"" + expected + "\".");
        }
    }

    private static Integer version(String extradata) {
        Matcher m = extradata == null ? null : VERSION.matcher(extradata);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
