package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Abbreviation lists are matched by a trie walked backwards ({@link WordListBefore}) instead of the
 * reversed regular expression; it must answer exactly as the expression does, for every such rule of
 * the bundled rules, on each word of its list in several cases, after letters, digits, marks and
 * letters outside the Basic Multilingual Plane, and with characters Java's case-insensitive matching
 * folds onto ASCII letters (long s, the Kelvin sign, dotted and dotless i).
 */
class WordListBeforeTest {

    private static final String[] BEFORE = {"", " ", "(", "a", "Z", "7", "\u0301", ".", "𝐀", "😀", "\uD835", "д"};

    @Test
    void everyAbbreviationListMatchesWhereItsExpressionDoes() throws IOException {
        int lists = 0;
        for (SrxLanguageRule languageRule : bundled().languageRules()) {
            for (SrxRule rule : languageRule.rules()) {
                RulePattern compiled = RulePattern.compile(rule);
                if (compiled.wordsBefore() == null) {
                    continue;
                }
                lists++;
                for (String text : textsFor(rule.beforeBreak())) {
                    for (int position = 0; position <= text.length(); position++) {
                        int at = position;
                        assertEquals(regexMatches(compiled, text, position), compiled.wordsBefore().matches(text, position),
                                () -> rule.beforeBreak() + " at " + at + " in " + text);
                    }
                }
            }
        }
        assertTrue(lists >= 30, "only " + lists + " beforebreaks were read as word lists");
    }

    @Test
    void wordsInsideCaseInsensitiveGroupsMatchInAnyCase() {
        WordListBefore words = WordListBefore.of("(?<![\\p{L}])(?:Dr|(?iu:No|e\\.g))\\.");
        assertNotNull(words);
        assertTrue(words.matches("see NO.", 7) && words.matches("E.G.", 4) && words.matches("Dr.", 3));
        assertFalse(words.matches("DR.", 3) || words.matches("xNo.", 4) || words.matches("𝐀No.", 5));
        assertTrue(Pattern.compile("(?iu:st)\\.").matcher("ſt.").matches(), "Java folds the long s onto s");
        assertTrue(WordListBefore.of("(?iu:st)\\.").matches("ſt.", 3));
    }

    @Test
    void expressionsBeyondLiteralWordsAreLeftToTheRegex() {
        for (String regex : new String[] {"\\p{L}\\.", "(?:a|b)+\\.", "[ab]\\.", "(?i:ab)", "a\\s?b", "(a)\\1", "a.b",
            "(?<![\\p{L}[x]])ab", "(?=a)b", ""}) {
            assertNull(WordListBefore.of(regex), regex);
        }
    }

    private static boolean regexMatches(RulePattern compiled, String text, int position) {
        Matcher matcher = compiled.before().matcher(new ReversedText(text)).useTransparentBounds(true)
                .useAnchoringBounds(false);
        return matcher.region(text.length() - position, text.length()).lookingAt();
    }

    /** Each word of the rule's list in several cases and spellings, after each of {@link #BEFORE}. */
    private static List<String> textsFor(String beforebreak) {
        int from = beforebreak.startsWith("(?<![") ? beforebreak.indexOf("])") + 2 : 0;
        List<String> texts = new ArrayList<>();
        for (LiteralWords.Word word : LiteralWords.of(beforebreak, from)) {
            String w = word.text();
            for (String variant : List.of(w, w.toUpperCase(Locale.ROOT), w.toLowerCase(Locale.ROOT),
                    w.replace('s', 'ſ'), w.replace('k', '\u212A').replace('i', 'ı'), w.replace('I', 'İ'),
                    w.substring(1), w + "x")) {
                for (String before : BEFORE) {
                    texts.add(before + variant + " x");
                }
            }
        }
        return texts;
    }

    private static SrxHandler bundled() throws IOException {
        try (InputStream in = Segmenters.class.getClassLoader().getResourceAsStream(Segmenters.BUNDLED_RULES)) {
            return SrxParser.read(in.readAllBytes());
        }
    }
}
