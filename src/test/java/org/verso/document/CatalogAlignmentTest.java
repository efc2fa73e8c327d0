package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.catalog.CatalogUnit;

/** A catalog's new version is matched by key and context; left-over units by text, so an edit stays an edit. */
class CatalogAlignmentTest {

    private static Segment current(String key, String context, String text) {
        Segment segment = new Segment();
        segment.unitKey = key;
        segment.unitContext = context;
        segment.sourceText = text;
        return segment;
    }

    private static SourceSegments.NewSegment fresh(String key, String context, String text) {
        return new SourceSegments.NewSegment(0, ParagraphKind.OTHER, text, true, false, null, null,
                new CatalogUnit(key, context, null, null, null, true, text, null, List.of()));
    }

    @Test
    void keysDecideNotTextsAndContextsKeepSameKeysApart() {
        List<SourceAlignment.Pair> pairs = CatalogAlignment.align(
                List.of(current("latest", "front page", "Latest"), current("latest", "sort", "Latest"),
                        current("close", null, "Close")),
                List.of(fresh("latest", "sort", "Latest"), fresh("close", null, "Close window"),
                        fresh("latest", "front page", "Latest")));
        assertEquals(List.of(new SourceAlignment.Pair(1, 0, false), new SourceAlignment.Pair(2, 1, true),
                new SourceAlignment.Pair(0, 2, false)), pairs);
    }

    @Test
    void aPoEntryWhoseMsgidWasEditedIsChangedAndAnUnrelatedOneIsRemovedAndAdded() {
        List<SourceAlignment.Pair> pairs = CatalogAlignment.align(
                List.of(current("Save the draft article", null, "Save the draft article"),
                        current("Print", null, "Print")),
                List.of(fresh("Save the draft story article", null, "Save the draft story article"),
                        fresh("Subscribe", null, "Subscribe")));
        assertEquals(List.of(new SourceAlignment.Pair(0, 0, true), new SourceAlignment.Pair(1, -1, false),
                new SourceAlignment.Pair(-1, 1, false)), pairs);
    }
}
