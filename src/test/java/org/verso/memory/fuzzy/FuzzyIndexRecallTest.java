package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The index against an exhaustive scan with the same {@link FuzzyScore}, on a generated corpus. */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class FuzzyIndexRecallTest {

    private static final int UNITS = 20_000;
    private static final int QUERIES = 100;
    private static final int THRESHOLD = 60;

    @Test
    void returnsExactlyWhatAnExhaustiveScanFinds() {
        Random random = new Random(42);
        List<String> words = vocabulary(random, 400);
        List<String> corpus = new ArrayList<>();
        while (corpus.size() < UNITS) {
            String base = sentence(random, words);
            corpus.add(base);
            for (int variants = random.nextInt(4); variants > 0 && corpus.size() < UNITS; variants--) {
                corpus.add(edit(random, words, base));
            }
        }
        FuzzyIndex index = new FuzzyIndex();
        List<WordTokens> stored = new ArrayList<>();
        for (int id = 0; id < corpus.size(); id++) {
            index.put(id, "en", "sv", corpus.get(id));
            stored.add(WordTokens.of(corpus.get(id)));
        }
        int found = 0;
        for (int q = 0; q < QUERIES; q++) {
            String query = q % 3 == 0 ? sentence(random, words) : edit(random, words, corpus.get(random.nextInt(UNITS)));
            List<FuzzyHit> expected = exhaustive(stored, WordTokens.of(query));
            assertEquals(expected, index.search("en", "sv", query, Integer.MAX_VALUE, THRESHOLD), query);
            found += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(found > QUERIES / 2, "most queries have matches: " + found);
    }

    private static List<FuzzyHit> exhaustive(List<WordTokens> stored, WordTokens query) {
        List<FuzzyHit> hits = new ArrayList<>();
        for (int id = 0; id < stored.size(); id++) {
            int score = FuzzyScore.score(query, stored.get(id));
            if (score >= THRESHOLD) {
                hits.add(new FuzzyHit(id, score));
            }
        }
        hits.sort(Comparator.comparingInt(FuzzyHit::score).reversed()
                .thenComparing(Comparator.comparingLong(FuzzyHit::unitId).reversed()));
        return hits;
    }

    private static List<String> vocabulary(Random random, int size) {
        String[] syllables = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "da", "fu", "gi", "ho", "ze"};
        List<String> words = new ArrayList<>();
        while (words.size() < size) {
            StringBuilder word = new StringBuilder();
            for (int s = 1 + random.nextInt(3); s > 0; s--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }

    /** 2 to 18 words, frequent words much more likely (roughly Zipf), sometimes a number or punctuation. */
    private static String sentence(Random random, List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int n = 2 + random.nextInt(17); n > 0; n--) {
            out.append(word(random, words)).append(random.nextInt(20) == 0 ? ", " : " ");
        }
        return out.append(random.nextBoolean() ? "." : "").toString().strip();
    }

    private static String word(Random random, List<String> words) {
        if (random.nextInt(25) == 0) {
            return Integer.toString(random.nextInt(1000));
        }
        String word = words.get((int) Math.floor(Math.pow(random.nextDouble(), 3) * words.size()));
        return random.nextInt(15) == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** One to three word changes, additions or removals. */
    private static String edit(Random random, List<String> words, String base) {
        List<String> tokens = new ArrayList<>(List.of(base.split(" ")));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(tokens.size());
            switch (random.nextInt(3)) {
                case 0 -> tokens.set(at, word(random, words));
                case 1 -> tokens.add(at, word(random, words));
                default -> {
                    if (tokens.size() > 1) {
                        tokens.remove(at);
                    }
                }
            }
        }
        return String.join(" ", tokens);
    }
}
