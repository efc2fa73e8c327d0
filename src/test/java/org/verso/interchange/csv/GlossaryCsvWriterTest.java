package org.verso.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.tbx.GlossaryEntry;

class GlossaryCsvWriterTest {

    /** Values that break careless CSV writers or that a spreadsheet would run as formulas. */
    private static final List<GlossaryEntry> AWKWARD = List.of(
            new GlossaryEntry(2, "en", "ru", "US", "США", "properNoun", "The country, not the pronoun",
                    GlossaryEntry.PREFERRED, true),
            new GlossaryEntry(3, "en", "ru", "\"quoted\" term", "термин", null, "line one\nline two", null, false),
            new GlossaryEntry(5, "en", "ru", "=HYPERLINK(\"http://x\")", "+7 495", "noun", "-5 °C", null, false),
            new GlossaryEntry(6, "en", "ru", "@mention", "'=already quoted", null, null, GlossaryEntry.FORBIDDEN,
                    false));

    @Test
    void readingTheOutputGivesTheSameEntries() {
        CsvRead read = CsvRead.of(write(AWKWARD));

        assertEquals(List.of(), read.problems());
        assertEquals(AWKWARD, read.entries());
    }

    @Test
    void theHeaderNamesEveryColumnAfterAByteOrderMark() {
        assertEquals("\uFEFFsource,target,pos,note,status,case_sensitive\r\n",
                new String(write(List.of()), StandardCharsets.UTF_8));
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() {
        String csv = new String(write(AWKWARD.subList(0, 2)), StandardCharsets.UTF_8);

        assertEquals(List.of("US,США,properNoun,\"The country, not the pronoun\",preferred,true",
                "\"\"\"quoted\"\" term\",термин,,\"line one\nline two\",,false"),
                List.of(csv.split("\r\n")).subList(1, 3));
    }

    @Test
    void formulaLikeValuesGetALeadingApostrophe() {
        String csv = new String(write(AWKWARD.subList(2, 4)), StandardCharsets.UTF_8);

        assertEquals(List.of("\"'=HYPERLINK(\"\"http://x\"\")\",'+7 495,noun,'-5 °C,,false",
                "'@mention,''=already quoted,,,forbidden,false"), List.of(csv.split("\r\n")).subList(1, 3));
    }

    private static byte[] write(List<GlossaryEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GlossaryCsvWriter writer = new GlossaryCsvWriter(out)) {
            entries.forEach(writer::writeEntry);
        }
        return out.toByteArray();
    }
}
