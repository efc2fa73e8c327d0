package org.verso.machine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Apertium's ISO 639-3 codes and Verso's BCP 47 tags map both ways, and requests find the pair serving them. */
class LanguageCodesTest {

    @Test
    void apertiumCodesBecomeBcp47() {
        assertEquals("en", LanguageCodes.toBcp47("eng"));
        assertEquals("es", LanguageCodes.toBcp47("spa"));
        assertEquals("en-US", LanguageCodes.toBcp47("eng_US"));
        assertEquals("pt-BR", LanguageCodes.toBcp47("por_BR"));
        assertEquals("ca-valencia", LanguageCodes.toBcp47("cat_valencia"));
    }

    @Test
    void bcp47BecomesApertiumCodes() {
        assertEquals("eng", LanguageCodes.toApertium("en"));
        assertEquals("spa", LanguageCodes.toApertium("es"));
        assertEquals("por_BR", LanguageCodes.toApertium("pt-BR"));
    }

    @Test
    void aRegionalRequestIsServedByThePlainLanguagePair() {
        List<LanguagePair> offered = List.of(new LanguagePair("en", "es"), new LanguagePair("es", "en-US"));

        assertEquals(Optional.of(new LanguagePair("en", "es")), LanguagePair.choose(offered, "en", "es"));
        assertEquals(Optional.of(new LanguagePair("en", "es")), LanguagePair.choose(offered, "en-GB", "es-MX"));
        assertEquals(Optional.of(new LanguagePair("es", "en-US")), LanguagePair.choose(offered, "es", "en-US"));
        assertEquals(Optional.empty(), LanguagePair.choose(offered, "es", "en"));
        assertEquals(Optional.empty(), LanguagePair.choose(offered, "en", "fr"));
    }
}
