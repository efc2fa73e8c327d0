package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The segmenter's shortcuts (the candidate table, the per-rule character filters, beforebreaks
 * matched backwards) change its speed, never its answer: it must split exactly as the plain reading
 * of SRX does, every rule tried in order at every position with Java look-behinds, on the Golden
 * Rules texts, Verso's own fixtures and seeded random text made of the characters rules care about.
 *
 * <p>The random text has no letters outside the Basic Multilingual Plane: there the plain reading is
 * wrong, not the segmenter. A Java look-behind such as {@code (?<!\p{L})} sees only the second half of
 * a surrogate pair (so "𝐀" before it does not count as a letter), where the reversed beforebreak reads
 * the whole character ({@link #reversedBeforebreakReadsWholeCharacters}): "𝐀z. B" is two sentences,
 * as "Az. B" is, where a look-behind would take "z." for an initial.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class FastPathEquivalenceTest {

    private static final String[] PIECES = {"a", "word", "B", "Mr", "Dr", "No", "St", "U.S.", "e.g.", "i.e.", "Jan",
        ".", ".", ". ", "! ", "? ", "?!", "...", "…", " ", " ", " ", "  ", "\n", "\t", "1", "25", "3.5", "1.",
        "a)", "«", "»", "\"", "'", "“", "”", "„", "(", ")", "[", "]", "。", "！", "？", "」", "、", "؟", "۔",
        "Это", "т. е.", "и т. д.", "z. B.", "Yahoo!", "https://example.org/a.b", "x@y.org", "😀", "—",
        "-", ",", ";", ":", "A", "The", "He", "Ül", "È", "ja", "•", "\u00A0", "\u202F", "漢字", "かな"};

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "tg", "uz", "kk", "ky", "fa", "ar",
        "tr", "pl", "zh", "ja", "und"})
    void bundledRulesSplitAsThePlainReadingDoes(String language) throws Exception {
        List<SrxRule> rules = rulesFor(language);
        Segmenter fast = Segmenters.forLanguage(language);
        for (String text : texts()) {
            assertEquals(plainSplit(rules, text), fast.split(text), () -> language + ": " + text);
        }
    }

    @Test
    void everyReversedBeforebreakMatchesWhereItsLookBehindDoes() throws Exception {
        int reversed = 0;
        for (SrxLanguageRule languageRule : bundled().languageRules()) {
            for (SrxRule rule : languageRule.rules()) {
                RulePattern compiled = RulePattern.compile(rule);
                Pattern lookBehind = lookBehindOrNull(rule);
                if (!compiled.beforeReversed() || lookBehind == null) {
                    continue;
                }
                reversed++;
                for (String text : texts()) {
                    ReversedText backwards = new ReversedText(text);
                    for (int position = 0; position <= text.length(); position++) {
                        if (insidePair(text, position)) {
                            continue; // never a break position
                        }
                        boolean expected = bounded(lookBehind.matcher(text)).region(position, text.length()).lookingAt();
                        boolean actual = bounded(compiled.before().matcher(backwards))
                                .region(text.length() - position, text.length()).lookingAt();
                        int at = position;
                        assertEquals(expected, actual, () -> rule.beforeBreak() + " at " + at + " in " + text);
                    }
                }
            }
        }
        assertFalse(reversed == 0, "no beforebreak of the bundled rules was reversed");
    }

    @Test
    void reversalMirrorsSequencesAndLookarounds() {
        assertEquals("\\.(?:rM|srM)(?![\\p{L}])", ReversedRegex.of("(?<![\\p{L}])(?:Mr|Mrs)\\."));
        assertEquals("(?<=b)a{1,3}?\\z", ReversedRegex.of("^a{1,3}?(?=b)"));
        assertEquals("(?iu:c(?:b|d)a)", ReversedRegex.of("(?iu:a(?:b|d)c)"));
        assertEquals("[a-c]\\p{Lu}\\u00A0", ReversedRegex.of("\\u00A0\\p{Lu}[a-c]"));
    }

    @Test
    void directionDependentConstructsAreNotReversed() {
        for (String regex : new String[] {"(a)\\1", "a++", "(?>ab)", "(?i)ab", "a$", "\\Gx", "\\Qab\\E", "😀"}) {
            assertNull(ReversedRegex.of(regex), regex);
        }
        assertNotNull(ReversedRegex.of("(?<name>ab)c"));
    }

    @Test
    void reversedBeforebreakReadsWholeCharacters() {
        Pattern reversed = Pattern.compile(ReversedRegex.of("(?<![\\p{L}])z\\."));
        String text = "𝐀z. B";
        assertFalse(bounded(reversed.matcher(new ReversedText(text))).region(text.length() - 3, text.length()).lookingAt());
        assertEquals(List.of("Az.", "B"), Segmenters.forLanguage("en").split("Az. B"));
        assertEquals(List.of("𝐀z.", "B"), Segmenters.forLanguage("en").split("𝐀z. B"));
    }

    @Test
    void reversedTextKeepsSurrogatePairsTogether() {
        assertEquals("b😀a", new ReversedText("a😀b").toString());
    }

    /** Every position tried, in order, with the first matching rule deciding; whitespace runs as the segmenter skips them. */
    private static List<String> plainSplit(List<SrxRule> rules, String text) {
        List<Pattern> patterns = rules.stream().map(FastPathEquivalenceTest::zeroWidth).toList();
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int position = 1; position < text.length(); position++) {
            boolean inRun = Character.isWhitespace(text.charAt(position)) && Character.isWhitespace(text.charAt(position - 1));
            if (inRun || insidePair(text, position)) {
                continue;
            }
            for (int i = 0; i < patterns.size(); i++) {
                if (bounded(patterns.get(i).matcher(text)).region(position, text.length()).lookingAt()) {
                    if (rules.get(i).breaking()) {
                        addSegment(segments, text, start, position);
                        start = position;
                    }
                    break;
                }
            }
        }
        addSegment(segments, text, start, text.length());
        return segments;
    }

    static boolean insidePair(String text, int position) {
        return position > 0 && position < text.length() && Character.isLowSurrogate(text.charAt(position))
                && Character.isHighSurrogate(text.charAt(position - 1));
    }

    private static void addSegment(List<String> segments, String text, int start, int end) {
        String segment = SegmentText.of(text, start, end);
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
    }

    private static Pattern zeroWidth(SrxRule rule) {
        String after = BoundedQuantifiers.rewrite(rule.afterBreak(), RulePattern.REACH);
        String before = BoundedQuantifiers.rewrite(rule.beforeBreak(), RulePattern.REACH);
        return Pattern.compile((after.isEmpty() ? "" : "(?=(?:" + after + "))")
                + (before.isEmpty() ? "" : "(?<=(?:" + before + "))"));
    }

    private static Pattern lookBehindOrNull(SrxRule rule) {
        try {
            return Pattern.compile("(?<=(?:" + BoundedQuantifiers.rewrite(rule.beforeBreak(), RulePattern.REACH) + "))");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static Matcher bounded(Matcher matcher) {
        return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }

    static List<SrxRule> rulesFor(String language) throws IOException {
        SrxHandler content = bundled();
        List<String> names = Segmenters.bundledRules().languageRuleNamesFor(language);
        return names.stream().flatMap(name -> content.languageRules().stream().filter(r -> r.name().equals(name)))
                .flatMap(r -> r.rules().stream()).toList();
    }

    static SrxHandler bundled() throws IOException {
        try (InputStream in = Segmenters.class.getClassLoader().getResourceAsStream(Segmenters.BUNDLED_RULES)) {
            return SrxParser.read(in.readAllBytes());
        }
    }

    static List<String> texts() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        Path own = Path.of(FastPathEquivalenceTest.class.getResource("golden-rules").toURI());
        try (Stream<Path> files = Files.list(own)) {
            for (Path file : files.sorted().toList()) {
                GoldenRuleCase.read(file).forEach(c -> texts.add(c.text()));
            }
        }
        Random random = new Random(20261128);
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
