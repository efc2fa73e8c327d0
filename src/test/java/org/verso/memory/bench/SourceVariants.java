package org.verso.memory.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic variants of a pair's stored sources, the way a large memory repeats itself: a word replaced, added or
 * removed, a number changed or added, a word's case changed, two short sentences joined — one to three edits each.
 * Variant k of a pair is a pure function of (sources, seed, k), so the recall check can regenerate it instead of
 * keeping millions of strings on the heap while the index is measured.
 */
final class SourceVariants {

    private final List<String> sources;
    private final long seed;

    SourceVariants(List<String> sources, long seed) {
        this.sources = sources;
        this.seed = seed;
    }

    String variant(int k) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + k);
        String base = pick(random);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            base = edit(random, base);
        }
        return base;
    }

    /** One edit of {@code text}: what a query of the benchmark is, too. */
    String edit(Random random, String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
        int at = random.nextInt(words.size());
        switch (random.nextInt(8)) {
            case 0, 1 -> words.set(at, donorWord(random));
            case 2, 3 -> words.add(at, donorWord(random));
            case 4 -> {
                if (words.size() > 1) {
                    words.remove(at);
                }
            }
            case 5 -> words.add(at, Integer.toString(random.nextInt(random.nextBoolean() ? 10 : 10_000)));
            case 6 -> words.set(at, recase(random, words.get(at)));
            default -> {
                String other = pick(random);
                if (text.length() + other.length() < 160) {
                    return text + (text.endsWith(".") ? " " : ". ") + other;
                }
                words.set(at, donorWord(random));
            }
        }
        return String.join(" ", words);
    }

    private String pick(Random random) {
        return sources.get(random.nextInt(sources.size()));
    }

    private String donorWord(Random random) {
        String[] words = pick(random).split(" ", -1);
        return words[random.nextInt(words.length)];
    }

    private static String recase(Random random, String word) {
        if (word.isEmpty()) {
            return word;
        }
        return random.nextBoolean() ? word.toUpperCase(Locale.ROOT)
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
