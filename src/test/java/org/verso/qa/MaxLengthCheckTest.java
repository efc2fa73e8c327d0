package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The longest translation a catalog unit takes, counted in what a reader sees as characters. */
class MaxLengthCheckTest {

    private final MaxLengthCheck check = new MaxLengthCheck();

    private static QaContext limit(Integer max) {
        return new QaContext("en", "ru", List.of(), List.of(), max);
    }

    @Test
    void aTranslationOverTheLimitIsAnErrorThatSaysBothNumbers() {
        assertEquals(List.of(new QaIssue("max-length", Severity.ERROR,
                "The translation has 11 characters; this string takes at most 10.")),
                check.check("Latest", "Свежие чуть", limit(10)));
    }

    @Test
    void exactlyTheLimitPasses() {
        assertEquals(List.of(), check.check("Latest", "Свежие ещё", limit(10)));
    }

    @Test
    void aUnitWithoutALimitAndAnArticleAreNeverChecked() {
        assertEquals(List.of(), check.check("Latest", "x".repeat(10_000), limit(null)));
        assertEquals(List.of(), check.check("Latest", "x".repeat(10_000), QaContext.of("en", "ru")));
        assertEquals(List.of(), check.check("Latest", "x".repeat(10_000), null));
    }

    @Test
    void combiningMarksFlagsAndEmojiSequencesAreOneCharacterEach() {
        String combined = "e\u0301";              // é as e and a combining acute accent: two chars, one letter
        String flag = "\uD83C\uDDF9\uD83C\uDDEF"; // the flag of Tajikistan: two regional indicators
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // woman ZWJ woman ZWJ girl
        assertEquals(3, MaxLengthCheck.length(combined + flag + family));
        assertEquals(List.of(), check.check("Café", "Caf" + combined + flag + family, limit(6)));
        assertEquals(1, check.check("Café", "Caf" + combined + flag + family + "!", limit(6)).size());
    }

    @Test
    void placeholdersAndInlineCodesDoNotCount() {
        assertEquals(List.of(), check.check("Save %s", "Сохранить <1/>", limit(10)));
        assertEquals(1, check.check("Save %s", "Сохранить всё <1/>", limit(10)).size());
    }

    @Test
    void itRunsWithTheOtherChecks() {
        assertEquals(List.of("max-length"), QaChecks.run("Latest", "Самые свежие", limit(6), Set.of(
                "max-length")).stream().map(QaIssue::check).toList());
    }
}
