package org.verso.interchange.xliff;

import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.PartialNotice;
import org.verso.interchange.UnitState;

/**
 * Writes a bilingual XLIFF 1.2 file for tools that read nothing newer, valid against the strict OASIS schema: one
 * group per paragraph (its kind as resname), one trans-unit per segment. The strict schema allows no attribute of
 * Verso's own, so the translation version goes into {@code extradata} ("verso:version=3").
 */
public final class Xliff12Writer {

    static final String NAMESPACE = Xliff12Reader.NAMESPACE;

    public byte[] write(BilingualDocument doc) {
        return XliffOutput.write(out -> writeDocument(out, doc));
    }

    private static void writeDocument(XliffOutput out, BilingualDocument doc) throws XMLStreamException {
        out.startDocument();
        out.start("xliff");
        out.namespace(NAMESPACE);
        out.attribute("version", "1.2");
        out.start("file");
        out.attribute("original", doc.title() == null || doc.title().isBlank() ? "document-" + doc.id() : doc.title());
        out.attribute("source-language", doc.sourceLanguage());
        out.attribute("target-language", doc.targetLanguage());
        out.attribute("datatype", "plaintext");
        if (doc.partial()) {
            out.start("header");
            out.start("note");
            out.attribute("from", "verso");
            out.text(PartialNotice.of(doc));
            out.end();
            out.end();
        }
        out.start("body");
        writeGroups(out, doc);
        out.end();
        out.end();
        out.end();
        out.endDocument();
    }

    private static void writeGroups(XliffOutput out, BilingualDocument doc) throws XMLStreamException {
        UnitIds ids = new UnitIds();
        int number = 0;
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            number++;
            if (paragraph.units().isEmpty()) {
                continue; // a 1.2 group must hold something
            }
            out.start("group");
            out.attribute("id", "p" + number);
            out.attribute("resname", paragraph.kind().name().toLowerCase(Locale.ROOT));
            for (BilingualUnit unit : paragraph.units()) {
                writeUnit(out, unit, ids.next(unit.id()));
            }
            out.end();
        }
    }

    private static void writeUnit(XliffOutput out, BilingualUnit unit, String id) throws XMLStreamException {
        String target = unit.translatable() ? unit.target() : unit.source();
        UnitState state = target == null ? UnitState.INITIAL : unit.translatable() ? unit.state() : UnitState.FINAL;
        out.start("trans-unit");
        out.attribute("id", id);
        if (!unit.translatable()) {
            out.attribute("translate", "no");
        }
        if (state == UnitState.FINAL) {
            out.attribute("approved", "yes");
        }
        out.attribute("extradata", unit.baseVersion() == null ? null
                : Xliff12Units.VERSION_PREFIX + unit.baseVersion());
        if (XliffOutput.needsPreserve(unit.source()) || XliffOutput.needsPreserve(target)) {
            out.preserveSpace();
        }
        out.content12("source", unit.source(), null);
        if (target != null) {
            out.content12("target", target, state(state));
        }
        out.end();
    }

    /** XLIFF 2 states in 1.2 words; a text not yet confirmed (a draft) still needs translating. */
    private static String state(UnitState state) {
        return switch (state) {
            case INITIAL -> "needs-translation";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case FINAL -> "final";
        };
    }
}
