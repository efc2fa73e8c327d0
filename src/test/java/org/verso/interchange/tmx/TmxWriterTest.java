package org.verso.interchange.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TmxWriterTest {

    private static final Instant CREATED = Instant.parse("2025-02-03T04:05:06Z");
    private static final Instant CHANGED = Instant.parse("2025-03-04T05:06:07Z");

    /** Texts that break careless XML writers, each with the metadata a memory export carries. */
    private static final List<TmxPair> AWKWARD = List.of(
            new TmxPair("If a < b && c > d, say \"yes\" or 'no'.", "de",
                    "Wenn a < b && c > d, sag \"ja\" oder 'nein'.", "cmp-1", CREATED, "mina", CHANGED, "human"),
            new TmxPair("The file was saved 🎉", "fa", "پرونده ذخیره شد 🎉", "emoji & rtl", null, null, null, "mt"),
            new TmxPair("  Two lines,\nkept as written.  ", "fr", "  Deux lignes,\ngardées telles quelles.  ",
                    null, CREATED, null, null, null),
            new TmxPair("<b>Bold</b> &amp; not an entity", "es", "<b>Negrita</b> &amp; no es una entidad",
                    null, null, null, null, null));

    @Test
    void outputIsValidAgainstTheTmx14Dtd() {
        SharedTmx.assertValidAgainstDtd(write(AWKWARD));
    }

    @Test
    void anEmptyMemoryIsStillAValidFile() {
        SharedTmx.assertValidAgainstDtd(write(List.of()));
    }

    @Test
    void readingTheOutputGivesTheSameUnits() {
        TmxRead read = TmxRead.of(write(AWKWARD));

        assertEquals(List.of(), read.problems());
        assertEquals(AWKWARD, read.units().stream().map(TmxWriterTest::asPair).toList());
    }

    @Test
    void theHeaderNamesTheToolAndSourceLanguage() {
        TmxHeader header = TmxRead.of(write(AWKWARD)).header();

        assertEquals(new TmxHeader("1.4", "en", "en", "Verso", "0.9", "sentence", "Verso", "plaintext"), header);
    }

    @Test
    void datesAreWrittenInTheTmxFormatToTheSecond() {
        TmxPair pair = new TmxPair("Yes", "de", "Ja", null, Instant.parse("2025-02-03T04:05:06.789Z"), null,
                null, null);

        String tmx = new String(write(List.of(pair)), StandardCharsets.UTF_8);

        assertTrue(tmx.contains("creationdate=\"20250203T040506Z\""), tmx);
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        TmxPair pair = TmxPair.of("Bell\u0007 and NUL\u0000 and lone \uD800 surrogate", "de", "Glocke\u001B");

        byte[] tmx = write(List.of(pair));

        SharedTmx.assertValidAgainstDtd(tmx);
        TmxUnit unit = TmxRead.of(tmx).units().get(0);
        assertEquals("Bell and NUL and lone  surrogate", unit.text("en"));
        assertEquals("Glocke", unit.text("de"));
    }

    @Test
    void aCarriageReturnReadsBackAsCarriageReturn() {
        TmxUnit unit = TmxRead.of(write(List.of(TmxPair.of("One\r\nTwo", "de", "Eins\rZwei")))).units().get(0);

        assertEquals("One\r\nTwo", unit.text("en"));
        assertEquals("Eins\rZwei", unit.text("de"));
    }

    @Test
    void aUnitWithoutTextOnBothSidesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TmxPair.of("Yes", "de", " "));
    }

    @Test
    void writingAfterCloseIsRejected() {
        TmxWriter writer = new TmxWriter(new ByteArrayOutputStream(), "en", "Verso", "0.9");
        writer.close();

        assertThrows(IllegalStateException.class, () -> writer.writeUnit(TmxPair.of("Yes", "de", "Ja")));
    }

    private static byte[] write(List<TmxPair> pairs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TmxWriter writer = new TmxWriter(out, "en", "Verso", "0.9")) {
            pairs.forEach(writer::writeUnit);
        }
        return out.toByteArray();
    }

    /** A unit read back, in the shape it was written from. */
    private static TmxPair asPair(TmxUnit unit) {
        assertEquals(2, unit.variants().size());
        assertEquals("en", unit.variants().get(0).language());
        TmxVariant target = unit.variants().get(1);
        Map<String, String> properties = unit.properties();
        return new TmxPair(unit.text("en"), target.language(), target.text(), unit.tuid(), unit.creationDate(),
                unit.creationId(), unit.changeDate(), properties.get(TmxWriter.ORIGIN_PROPERTY));
    }
}
