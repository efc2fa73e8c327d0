package org.verso.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.failure.InvalidInputException;

class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"PT-br, pt-BR", "pt_BR, pt-BR", "uz-cyrl, uz-Cyrl", "UZ-CYRL-uz, uz-Cyrl-UZ", "' fa ', fa", "RU, ru",
            "es-419, es-419", "tg, tg"})
    void normalizesToTheCanonicalCase(String given, String canonical) {
        assertEquals(canonical, LanguageTags.normalize(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "qqq", "12", "en-", "ru-XQ", "uz-Abcd", "-ru"})
    void refusesUnknownOrMalformedTags(String tag) {
        assertThrows(InvalidInputException.class, () -> LanguageTags.normalize(tag));
    }

    @Test
    void refusesAnEmptyTagWithAnExample() {
        assertEquals("Give a language as a BCP 47 tag, such as ru, fa, uz-Cyrl or pt-BR.",
                assertThrows(InvalidInputException.class, () -> LanguageTags.normalize("  ")).getMessage());
    }

    @Test
    void refusesANullTag() {
        assertThrows(InvalidInputException.class, () -> LanguageTags.normalize(null));
    }

    @Test
    void namesTheUnknownLanguageInTheMessage() {
        assertEquals("'xx' names no known language (ISO 639). Try ru, tg, fa or uz.",
                assertThrows(InvalidInputException.class, () -> LanguageTags.normalize("xx")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "he", "ps", "ur", "uz-Arab", "fa-AF"})
    void rightToLeftLanguagesAreRightToLeft(String tag) {
        assertTrue(LanguageTags.isRightToLeft(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "tg", "uz", "uz-Cyrl", "en", "pt-BR"})
    void otherLanguagesAreLeftToRight(String tag) {
        assertFalse(LanguageTags.isRightToLeft(tag), tag);
    }

    @ParameterizedTest
    @CsvSource({"ru, Russian", "uz-Cyrl, Uzbek (Cyrillic)", "pt-BR, Portuguese (Brazil)"})
    void displayNameIsEnglish(String tag, String name) {
        assertEquals(name, LanguageTags.displayName(tag));
    }

    @Test
    void primaryLanguageDropsScriptAndRegion() {
        assertEquals("uz", LanguageTags.language("uz-Cyrl-UZ"));
    }
}
