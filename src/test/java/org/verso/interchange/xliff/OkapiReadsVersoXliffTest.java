package org.verso.interchange.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.interchange.BilingualDocs.doc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.UnitState;

/**
 * A third-party reader, Okapi's XLIFF 2 toolkit with its strictest validation, reads every kind of XLIFF 2 file
 * Verso writes and finds the same units, texts and version metadata.
 */
class OkapiReadsVersoXliffTest {

    static Stream<BilingualDocument> documents() {
        return Stream.of(
                Xliff12WriterTest.article().build(),
                doc("en", "fa").paragraph(ParagraphKind.BODY)
                        .approved("The Valmera port strike ended.", "اعتصاب کارگران بندر پایان یافت.").build(),
                doc("en", "fr").title("\"Q&A\" <live>").paragraph(ParagraphKind.BODY)
                        .unit(new BilingualUnit("seg 1", "Tom & Jerry <b> ]]> end", "Tom & Jerry <b> ]]> fin",
                                UnitState.TRANSLATED, "translated", true, 12))
                        .unit(new BilingualUnit("seg 1", "Bell\u0007 rang.", null, UnitState.INITIAL, "new", true, 1))
                        .build());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void okapiReadsEveryUnitWithItsTextsAndVersion(BilingualDocument document) {
        List<Unit> units = okapiUnits(new Xliff2Writer().write(document));
        List<BilingualUnit> expected = document.paragraphs().stream().flatMap(p -> p.units().stream()).toList();
        assertEquals(expected.size(), units.size());
        for (int i = 0; i < units.size(); i++) {
            Segment segment = units.get(i).getSegments().iterator().next();
            BilingualUnit unit = expected.get(i);
            assertEquals(unit.source().replace('\u0007', ' '), segment.getSource().getPlainText().replace('\u0007', ' '));
            String target = unit.translatable() ? unit.target() : unit.source();
            assertEquals(target, segment.getTarget() == null ? null : segment.getTarget().getPlainText());
            assertEquals(unit.baseVersion() != null, units.get(i).hasMetadata(), "metadata of " + unit.id());
        }
    }

    private static List<Unit> okapiUnits(byte[] xliff) {
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        assertTrue(!units.isEmpty(), "Okapi found no unit");
        return units;
    }
}
