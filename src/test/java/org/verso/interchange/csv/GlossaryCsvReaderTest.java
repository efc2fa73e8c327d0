package org.verso.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.tbx.GlossaryEntry;
import org.verso.interchange.tbx.GlossaryProblem;

class GlossaryCsvReaderTest {

    @Test
    void everyColumnIsRead() {
        CsvRead read = CsvRead.of("source,target,pos,note,status,case_sensitive\n"
                + "US,США,properNoun,The country,preferred,true\n");

        assertEquals(List.of(new GlossaryEntry(2, "en", "ru", "US", "США", "properNoun", "The country",
                GlossaryEntry.PREFERRED, true)), read.entries());
    }

    @Test
    void columnsMayComeInAnyOrderAnyCaseAndByTheirLongNames() {
        CsvRead read = CsvRead.of("Status,Definition,Target_Term,Part_of_Speech,SOURCE TERM\n"
                + "Forbidden,Armistice,перемирие,noun,truce\n");

        assertEquals(List.of(new GlossaryEntry(2, "en", "ru", "truce", "перемирие", "noun", "Armistice",
                GlossaryEntry.FORBIDDEN, false)), read.entries());
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        CsvRead read = CsvRead.of("source,target,note\r\n"
                + "\"ceasefire, full\",\"\"\"прекращение огня\"\"\",\"first line\r\nsecond line\"\r\n"
                + "troops,войска,\n");

        assertEquals(List.of(
                new GlossaryEntry(2, "en", "ru", "ceasefire, full", "\"прекращение огня\"", null,
                        "first line\nsecond line", null, false),
                CsvRead.entry(4, "troops", "войска")), read.entries());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        byte[] csv = "\uFEFFsource,target\nwar,война\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(CsvRead.entry(2, "war", "война")), CsvRead.of(csv).entries());
    }

    @Test
    void aSemicolonSeparatedExportIsReadToo() {
        assertEquals(List.of(CsvRead.entry(2, "war, peace", "война")),
                CsvRead.of("source;target\n\"war, peace\";война\n").entries());
    }

    @Test
    void blankLinesArePassedOver() {
        assertEquals(List.of(CsvRead.entry(3, "war", "война")), CsvRead.of("source,target\n\nwar,война\n\n").entries());
    }

    @Test
    void aRowWithAnotherNumberOfFieldsIsSkippedWithItsLine() {
        CsvRead read = CsvRead.of("source,target\nwar,война,extra\npeace,мир\n");

        assertEquals(List.of(CsvRead.entry(3, "peace", "мир")), read.entries());
        assertEquals(List.of(new GlossaryProblem(2, "the row has 3 fields, the header 2")), read.problems());
    }

    @Test
    void rowsWithAnEmptyTermAreSkippedWithTheirLines() {
        CsvRead read = CsvRead.of("source,target\n  ,война\npeace,\" \"\n");

        assertEquals(List.of(), read.entries());
        assertEquals(List.of(new GlossaryProblem(2, "the source term is empty"),
                new GlossaryProblem(3, "the target term is empty")), read.problems());
    }

    @Test
    void anUnknownStatusOrCaseFlagSkipsTheRowRatherThanGuessing() {
        CsvRead read = CsvRead.of("source,target,status,case_sensitive\nwar,война,forbiden,\npeace,мир,,maybe\n");

        assertEquals(List.of(new GlossaryProblem(2, "the status \"forbiden\" is not preferred, admitted or forbidden"),
                new GlossaryProblem(3, "case_sensitive \"maybe\" is not true or false")), read.problems());
    }

    @Test
    void textAfterAClosingQuoteSkipsTheRow() {
        CsvRead read = CsvRead.of("source,target\n\"war\"s,война\n");

        assertEquals(List.of(new GlossaryProblem(2, "text after the closing quote of field 1")), read.problems());
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedNamingWhereItOpened() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> CsvRead.of("source,target\nwar,война\n\"peace,мир\nsun,солнце\n"));

        assertTrue(e.getMessage().startsWith("The CSV file has a quote opened on line 3 that is never closed"),
                e.getMessage());
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedNamingItsLine() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("source,target\nwar,война\npeace,".getBytes(StandardCharsets.UTF_8));
        csv.write(0xEC); // "м" in windows-1251
        csv.writeBytes("\n".getBytes(StandardCharsets.UTF_8));

        InterchangeException e = assertThrows(InterchangeException.class, () -> CsvRead.of(csv.toByteArray()));

        assertTrue(e.getMessage().startsWith("The CSV file is not valid UTF-8 on line 3."), e.getMessage());
    }

    @Test
    void aMissingTargetColumnIsRefusedNamingTheHeaderLine() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> CsvRead.of("source,note\nwar,x\n"));

        assertTrue(e.getMessage().startsWith("The CSV header on line 1 has no target column."), e.getMessage());
    }

    @Test
    void anUnknownColumnIsRefusedListingTheKnownOnes() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> CsvRead.of("\nsource,target,comment\n"));

        assertTrue(e.getMessage().startsWith("The CSV header on line 2 has an unknown column \"comment\". The columns"
                + " Verso reads are source, source_term, target"), e.getMessage());
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> CsvRead.of("source,target,definition,note\n"));

        assertTrue(e.getMessage().startsWith("The CSV header on line 1 names the note column twice."), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> CsvRead.of("\uFEFF\r\n"));

        assertTrue(e.getMessage().startsWith("The CSV file is empty"), e.getMessage());
    }
}
