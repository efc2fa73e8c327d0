package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTextTest {

    private static String roundTrip(String text) {
        WordTokens tokens = WordTokens.of(text);
        byte[] kept = SourceText.encode(tokens, tokens.matchKeys());
        return SourceText.decode(kept, 0, kept.length, tokens.matchKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Could not open the file", "could NOT open  the\tfile %s: %s.",
            "Résumé of 3 files, 12,5 MB", "...", ": 42", "C'est l'été", "\u0001 marker \u0002 text \u0001",
            "a\u0001", "東京都に住んでいます", "Ünïcödé Words and WORDS", "x\u00A0y", "İstanbul ǅemal"})
    void givesEveryTextBackExactly(String text) {
        assertEquals(text, roundTrip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Could not open the file because it is locked by another program"})
    void keepsLowerCaseAndCapitalisedWordsAsOneByte(String text) {
        WordTokens tokens = WordTokens.of(text);
        byte[] kept = SourceText.encode(tokens, tokens.matchKeys());
        assertTrue(kept.length < text.getBytes(StandardCharsets.UTF_8).length / 2,
                kept.length + " bytes kept for " + text.length());
    }
}
