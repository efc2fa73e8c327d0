package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.verso.document.SegmentView;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.UnitState;

class FileUnitMatcherTest {

    private static final List<SegmentView> SEGMENTS = List.of(segment(11, "Ships waited."), segment(12, "Cranes moved."),
            segment(13, "Ships waited."));

    private static SegmentView segment(long id, String source) {
        return new SegmentView(id, (int) id, 0, ParagraphKind.BODY, source, 2, true, false);
    }

    private static BilingualUnit unit(String id, String source) {
        return new BilingualUnit(id, source, "x", UnitState.TRANSLATED, "", true);
    }

    private static List<String> match(BilingualUnit... units) {
        FileUnitMatcher.Result result = new FileUnitMatcher(SEGMENTS).match(List.of(units));
        List<String> matched = result.matches().stream()
                .map(m -> m.unit().id() + "->" + m.segment().id() + (m.byId() ? " by id" : " by source")).toList();
        return result.unknown().isEmpty() ? matched
                : Stream.concat(matched.stream(), result.unknown().stream().map(u -> u + "->?"))
                        .toList();
    }

    @Test
    void versoIdsMatchTheirSegment() {
        assertEquals(List.of("s12->12 by id", "s13->13 by id"), match(unit("s12", "Cranes moved."),
                unit("s13", "Ships waited.")));
    }

    @Test
    void aVersoIdWhoseSourceDiffersFallsBackToTheSourceText() {
        assertEquals(List.of("s11->12 by source"), match(unit("s11", "Cranes moved.")));
    }

    @Test
    void foreignIdsMatchRepeatedSentencesInDocumentOrder() {
        assertEquals(List.of("a->11 by source", "b->13 by source"), match(unit("a", "Ships waited."),
                unit("b", "Ships waited.")));
    }

    @Test
    void aSegmentTakenByIdIsNotGivenToAForeignUnitToo() {
        assertEquals(List.of("s11->11 by id", "tu7->13 by source"), match(unit("tu7", "Ships waited."),
                unit("s11", "Ships waited.")));
    }

    @Test
    void unitsMatchingNothingAreUnknown() {
        assertEquals(List.of("s12->12 by id", "tu9->?"), match(unit("s12", "Cranes moved."), unit("tu9", "Gulls.")));
    }
}
