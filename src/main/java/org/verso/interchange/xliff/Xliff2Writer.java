package org.verso.interchange.xliff;

import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.PartialNotice;
import org.verso.interchange.UnitState;

/**
 * Writes a bilingual XLIFF 2.1 file: one group per paragraph, one unit per segment. The file is valid against
 * the OASIS 2.1 schemas and follows the core processing requirements a schema cannot check (unique ids, a
 * target wherever the state says there is a translation, an explicit state wherever there is a subState).
 */
public final class Xliff2Writer {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";

    public byte[] write(BilingualDocument doc) {
        return XliffOutput.write(out -> writeDocument(out, doc));
    }

    private static void writeDocument(XliffOutput out, BilingualDocument doc) throws XMLStreamException {
        out.startDocument();
        out.start("xliff");
        out.namespace(NAMESPACE);
        out.namespace("mda", Xliff2Modules.METADATA);
        out.attribute("version", "2.1");
        out.attribute("srcLang", doc.sourceLanguage());
        out.attribute("trgLang", doc.targetLanguage());
        writeFile(out, doc);
        out.end();
        out.endDocument();
    }

    private static void writeFile(XliffOutput out, BilingualDocument doc) throws XMLStreamException {
        out.start("file");
        out.attribute("id", "f1");
        out.attribute("original", doc.title());
        List<BilingualUnit> units = doc.paragraphs().stream().flatMap(p -> p.units().stream()).toList();
        out.attribute("srcDir", TextDirection.rtlOrNull(units.stream().map(BilingualUnit::source)));
        out.attribute("trgDir", TextDirection.rtlOrNull(units.stream().map(BilingualUnit::target)));
        if (doc.partial()) {
            out.start("notes");
            out.start("note");
            out.attribute("category", "verso");
            out.text(PartialNotice.of(doc));
            out.end();
            out.end();
        }
        writeGroups(out, doc.paragraphs());
        out.end();
    }

    private static void writeGroups(XliffOutput out, List<BilingualParagraph> paragraphs) throws XMLStreamException {
        UnitIds ids = new UnitIds();
        int number = 0;
        for (BilingualParagraph paragraph : paragraphs) {
            number++;
            out.start("group");
            out.attribute("id", "p" + number);
            out.attribute("name", paragraph.kind().name().toLowerCase(Locale.ROOT));
            if (!paragraph.segmentable()) {
                out.attribute("canResegment", "no");
            }
            for (BilingualUnit unit : paragraph.units()) {
                writeUnit(out, unit, ids.next(unit.id()));
            }
            out.end();
        }
    }

    private static void writeUnit(XliffOutput out, BilingualUnit unit, String id) throws XMLStreamException {
        // Exported unchanged, so the target is the source: tools then show the unit as done, not as missing.
        String target = unit.translatable() ? unit.target() : unit.source();
        out.start("unit");
        out.attribute("id", id);
        if (!unit.translatable()) {
            out.attribute("translate", "no");
        }
        writeVersion(out, unit.baseVersion());
        out.start("segment");
        // XLIFF 2 forbids translated/reviewed/final without a target, so a missing target is always initial.
        UnitState state = target == null ? UnitState.INITIAL : unit.state();
        out.attribute("state", state.name().toLowerCase(Locale.ROOT));
        out.attribute("subState", subState(unit.subState()));
        out.content("source", unit.source());
        if (target != null) {
            out.content("target", target);
        }
        out.end();
        out.end();
    }

    /**
     * The version of Verso's translation this file was made from, so an import can tell an edit made in Verso
     * since then (a conflict) from one made in the file. In the metadata module, which tools must keep.
     */
    private static void writeVersion(XliffOutput out, Integer version) throws XMLStreamException {
        if (version == null) {
            return;
        }
        out.start("mda", Xliff2Modules.METADATA, "metadata");
        out.start("mda", Xliff2Modules.METADATA, "metaGroup");
        out.attribute("category", Xliff2Modules.VERSO_CATEGORY);
        out.start("mda", Xliff2Modules.METADATA, "meta");
        out.attribute("type", Xliff2Modules.VERSION_TYPE);
        out.text(String.valueOf(version));
        out.end();
        out.end();
        out.end();
    }

    /** XLIFF 2 wants "prefix:value"; Verso's status name becomes the value, whitespace and colons replaced. */
    private static String subState(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return "verso:" + status.strip().replaceAll("[\\s:]+", "-");
    }
}
