package org.verso.interchange.tmx;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.verso.interchange.StaxInput;

/**
 * Reads one {@code <tu>} against the TMX 1.4b content model. The first fault found is remembered, the rest of
 * the unit is still consumed, and the unit is then reported as skipped, so one bad unit never stops an import.
 */
final class TmxUnitReader {

    /** Inline codes: their content is the original format's markup (or a sub-flow of it), not segment text. */
    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    private final XMLStreamReader xml;
    private final String headerSourceLanguage;
    private String problem;
    private int problemLine;

    TmxUnitReader(XMLStreamReader xml, String headerSourceLanguage) {
        this.xml = xml;
        this.headerSourceLanguage = headerSourceLanguage;
    }

    /** Positioned on {@code <tu>}; returns positioned on {@code </tu>}, with the unit or null when skipped. */
    TmxUnit read(int number, Consumer<TmxProblem> onSkip) throws XMLStreamException {
        problem = null;
        int line = StaxInput.line(xml);
        String tuid = StaxInput.attribute(xml, "tuid");
        String sourceLanguage = StaxInput.attribute(xml, "srclang");
        Instant created = TmxDate.parse(StaxInput.attribute(xml, "creationdate"));
        String creationId = StaxInput.attribute(xml, "creationid");
        Instant changed = TmxDate.parse(StaxInput.attribute(xml, "changedate"));
        Map<String, String> properties = new LinkedHashMap<>();
        List<TmxVariant> variants = new ArrayList<>();
        readChildren(properties, variants);
        if (variants.size() < 2) {
            fail(line, "it has " + variants.size() + " usable variant" + (variants.size() == 1 ? "" : "s")
                    + "; a memory unit needs a source and a translation");
        }
        if (problem != null) {
            onSkip.accept(new TmxProblem(number, problemLine, problem));
            return null;
        }
        return new TmxUnit(number, line, tuid, sourceLanguage == null ? headerSourceLanguage : sourceLanguage,
                created, creationId, changed, properties, variants);
    }

    private void readChildren(Map<String, String> properties, List<TmxVariant> variants) throws XMLStreamException {
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "tuv" -> {
                    TmxVariant variant = readVariant();
                    if (variant != null) {
                        variants.add(variant);
                    }
                }
                case "prop" -> readProperty(properties);
                case "note" -> StaxInput.skipElement(xml);
                default -> unexpected("tu");
            }
        }
    }

    private void readProperty(Map<String, String> properties) throws XMLStreamException {
        int line = StaxInput.line(xml);
        String type = StaxInput.attribute(xml, "type");
        String text = TmxXml.text(xml);
        if (type == null) {
            fail(line, "a <prop> has no type attribute");
        } else {
            properties.putIfAbsent(type, text);
        }
    }

    private TmxVariant readVariant() throws XMLStreamException {
        int line = StaxInput.line(xml);
        String language = TmxXml.language(xml);
        Instant created = TmxDate.parse(StaxInput.attribute(xml, "creationdate"));
        String creationId = StaxInput.attribute(xml, "creationid");
        Instant changed = TmxDate.parse(StaxInput.attribute(xml, "changedate"));
        String text = null;
        while (StaxInput.nextTag(xml) == START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "seg" -> text = readSegment(line, text);
                case "note", "prop" -> StaxInput.skipElement(xml);
                default -> unexpected("tuv");
            }
        }
        String name = language == null ? "a variant" : "the " + language + " variant";
        if (language == null) {
            fail(line, "a <tuv> has no xml:lang attribute");
        } else if (text == null) {
            fail(line, name + " has no <seg>");
        } else if (text.isBlank()) {
            fail(line, name + " has no text (its <seg> is empty or holds only inline codes)");
        }
        return problem == null ? new TmxVariant(language, text, created, creationId, changed) : null;
    }

    private String readSegment(int tuvLine, String earlier) throws XMLStreamException {
        if (earlier != null) {
            fail(tuvLine, "a <tuv> has more than one <seg>");
            StaxInput.skipElement(xml);
            return earlier;
        }
        StringBuilder text = new StringBuilder();
        int highlights = 0; // open <hi> inside the seg: their text is segment text
        while (true) {
            int event = xml.next();
            if (event == END_ELEMENT) {
                if (highlights-- == 0) {
                    return text.toString();
                }
            } else if (event == START_ELEMENT) {
                highlights += enterInline();
            } else {
                TmxXml.appendText(xml, text);
            }
        }
    }

    /** @return 1 when inside a {@code <hi>} now; codes and anything not allowed in a seg are passed over */
    private int enterInline() throws XMLStreamException {
        String name = xml.getLocalName();
        if (name.equals("hi")) {
            return 1;
        }
        if (!CODES.contains(name)) {
            unexpected("seg");
            return 0;
        }
        StaxInput.skipElement(xml);
        return 0;
    }

    private void unexpected(String parent) throws XMLStreamException {
        fail(StaxInput.line(xml), "<" + xml.getLocalName() + "> is not allowed in <" + parent + ">");
        StaxInput.skipElement(xml);
    }

    private void fail(int line, String reason) {
        if (problem == null) {
            problem = reason;
            problemLine = line;
        }
    }
}
