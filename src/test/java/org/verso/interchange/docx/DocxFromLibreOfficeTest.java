package org.verso.interchange.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.ParagraphKind;
import org.verso.interchange.SourceParagraph;

/**
 * A Word file another producer wrote (LibreOffice, from ferry-strike.html; see SOURCE.md): its own styles, list
 * numbering, table properties and run layout, read as Verso's own files are (written back: WordRoundTripApiTest).
 */
class DocxFromLibreOfficeTest {

    private static final byte[] FILE = Api.resourceBytes("/interchange/docx/ferry-strike-libreoffice.docx");
    private static final DocxReader READER = new DocxReader(100L << 20);

    @Test
    void itsHeadingParagraphsCellsAndListItemsAreReadWithTheirFormattingAsCodes() {
        List<SourceParagraph> paragraphs = READER.read(FILE).paragraphs();

        assertEquals(List.of("Ferry crews walk out over night shifts",
                "Harbour ferries stood still on Tuesday as <1>crews walked out</1> at dawn, the <2>second strike</2> "
                        + "this winter.",
                "The union said talks would resume on Friday. Read the <1>full statement</1> online.",
                "Route", "Status", "North pier", "Cancelled until noon",
                "Buses replace the morning boats. ", "Tickets stay valid for a week. ", "Reporting by a staff writer."),
                paragraphs.stream().map(SourceParagraph::text).toList());
        assertEquals(ParagraphKind.HEADING, paragraphs.get(0).kind());
        assertEquals(List.of("bold", "italic"), paragraphs.get(1).codes().stream().map(c -> c.open()).toList());
    }
}
