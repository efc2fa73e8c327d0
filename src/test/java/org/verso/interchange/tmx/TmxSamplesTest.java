package org.verso.interchange.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every TMX sample of the shared folder (Okapi's, the TMX 1.4b spec example, and ours) reads as expected. */
class TmxSamplesTest {

    @Test
    void theSamplesAreAllCovered() {
        assertEquals(List.of("a_small_test.tmx", "sampleTMX2.tmx", "with-doctype.tmx"), names("valid"));
        assertEquals(List.of("bad-sub-in-tuv.tmx", "bad-tuv-without-lang.tmx"), names("invalid"));
    }

    @Test
    void theSpecExampleGivesBothUnitsWithEveryVariant() {
        TmxRead read = TmxRead.file(SharedTmx.sample("valid", "sampleTMX2.tmx"));

        assertEquals("en-us", read.header().sourceLanguage());
        assertEquals(List.of(), read.problems());
        TmxUnit first = read.units().get(0);
        assertEquals("0001", first.tuid());
        assertEquals("Pægasus", first.properties().get("x-Project"));
        assertEquals("data (with a non-standard character: \uF8FF).", first.text("en-us"));
        assertEquals("données (avec un caractère non standard: \uF8FF).", first.text("fr-ca"));
        TmxUnit second = read.units().get(1);
        assertEquals("*all*", second.sourceLanguage());
        assertEquals(List.of("en-us", "FR-CA", "FR-FR"), second.variants().stream().map(TmxVariant::language).toList());
    }

    @Test
    void highlightedTextIsPartOfTheSegment() {
        TmxUnit unit = TmxRead.file(SharedTmx.sample("valid", "a_small_test.tmx")).units().get(0);

        assertEquals("Some text with a part highlighted.", unit.text("en"));
        assertEquals("Du texte avec une portion délimitée.", unit.text("fr"));
    }

    @Test
    void theDoctypeLineRealToolsWriteIsAccepted() {
        TmxUnit unit = TmxRead.file(SharedTmx.sample("valid", "with-doctype.tmx")).units().get(0);

        assertEquals("Hallo", unit.text("de"));
    }

    @Test
    void aSubDirectlyInATuvSkipsTheUnit() {
        TmxRead read = TmxRead.file(SharedTmx.sample("invalid", "bad-sub-in-tuv.tmx"));

        assertEquals(List.of(), read.units());
        assertEquals(List.of("Unit 1 (line 3): <sub> is not allowed in <tuv>"), read.reasons());
    }

    @Test
    void aTuvWithoutLanguageSkipsTheUnit() {
        TmxRead read = TmxRead.file(SharedTmx.sample("invalid", "bad-tuv-without-lang.tmx"));

        assertEquals(List.of(), read.units());
        assertEquals(List.of("Unit 1 (line 2): a <tuv> has no xml:lang attribute"), read.reasons());
    }

    /** The check the writer's output must pass is a real one: it accepts the valid samples and no invalid one. */
    @Test
    void theDtdCheckTellsValidFromInvalidSamples() {
        for (Path valid : SharedTmx.samples("valid")) {
            SharedTmx.assertValidAgainstDtd(withDoctype(valid));
        }
        for (Path invalid : SharedTmx.samples("invalid")) {
            byte[] bytes = withDoctype(invalid);
            assertThrows(AssertionError.class, () -> SharedTmx.assertValidAgainstDtd(bytes), invalid.toString());
        }
    }

    /** The sample with a DOCTYPE after its XML declaration, if it had none (the samples are ASCII or UTF-8). */
    private static byte[] withDoctype(Path sample) {
        try {
            String text = Files.readString(sample);
            if (!text.contains("<!DOCTYPE")) {
                int prologEnd = text.indexOf("?>") + 2;
                text = text.substring(0, prologEnd) + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">" + text.substring(prologEnd);
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String kind) {
        return SharedTmx.samples(kind).stream().map(p -> p.getFileName().toString()).toList();
    }
}
