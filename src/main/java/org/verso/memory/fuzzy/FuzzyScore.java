package org.verso.memory.fuzzy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close a stored source text is to the text being translated, from 0 to 100.
 *
 * <p>Both texts are cut by {@link WordTokens}; the score compares their {@linkplain WordTokens#matchKeys() match
 * keys} (words lower-cased, every number the same key, punctuation left out unless a text has nothing else).
 * With d the word-level Levenshtein distance between the key sequences of lengths n and m:
 * <pre>token score = round(100 · (1 − d / max(n, m)))   (half up)</pre>
 * <ul>
 *   <li>identical texts score 100, and only they do (two empty texts are identical);</li>
 *   <li>otherwise a text without any key (empty or blank) scores 0;</li>
 *   <li>different keys (d &gt; 0): the token score, at most 99;</li>
 *   <li>same keys, different texts: 100 minus penalties — letter case −1, numbers −2, punctuation −2,
 *       whitespace −1 — and at least one point, so at most 99 and at least 94.</li>
 * </ul>
 * The score never exceeds the token score, which is what lets {@link FuzzyIndex} skip units that cannot
 * reach a threshold: a stored text sharing o keys (as a multiset) with the query has d ≥ max(n, m) − o.
 * The formula and its choices are in docs/memory.md, "Match score".
 */
public final class FuzzyScore {

    static final int CASE_PENALTY = 1;
    static final int NUMBER_PENALTY = 2;
    static final int PUNCTUATION_PENALTY = 2;
    static final int WHITESPACE_PENALTY = 1;

    private FuzzyScore() {
    }

    public static int score(String query, String stored) {
        if (query.equals(stored)) {
            return 100;
        }
        return score(WordTokens.of(query), WordTokens.of(stored));
    }

    public static int score(WordTokens query, WordTokens stored) {
        if (query.text().equals(stored.text())) {
            return 100;
        }
        List<String> a = query.matchKeys();
        List<String> b = stored.matchKeys();
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 100 - penalties(query, stored);
        }
        Map<String, Integer> ids = new HashMap<>();
        int d = distance(ids(a, ids), ids(b, ids), Integer.MAX_VALUE);
        return Math.min(99, tokenScore(d, Math.max(a.size(), b.size())));
    }

    /** round(100 · (1 − distance / length)), half up, for 0 ≤ distance ≤ length and length &gt; 0. */
    static int tokenScore(int distance, int length) {
        return (200 * (length - distance) + length) / (2 * length);
    }

    /**
     * The fewest keys (as a multiset) a text of {@code length} keys — the longer of the two — must share with
     * the other to reach {@code threshold} (1–100): the smallest s with tokenScore(length − s, length) ≥ t.
     */
    static int minShared(int length, int threshold) {
        return Math.max(1, ceilDiv((2 * threshold - 1) * length, 200));
    }

    static int penalties(WordTokens query, WordTokens stored) {
        int penalty = 0;
        if (!query.originals(WordTokens.Kind.WORD).equals(stored.originals(WordTokens.Kind.WORD))) {
            penalty += CASE_PENALTY;
        }
        if (!query.originals(WordTokens.Kind.NUMBER).equals(stored.originals(WordTokens.Kind.NUMBER))) {
            penalty += NUMBER_PENALTY;
        }
        if (!query.originals(WordTokens.Kind.PUNCTUATION).equals(stored.originals(WordTokens.Kind.PUNCTUATION))) {
            penalty += PUNCTUATION_PENALTY;
        }
        if (penalty == 0 || !whitespace(query.text()).equals(whitespace(stored.text()))) {
            penalty += WHITESPACE_PENALTY;
        }
        return penalty;
    }

    /** The text with every run of non-space characters reduced to one marker: its layout of spaces. */
    private static String whitespace(String text) {
        StringBuilder out = new StringBuilder();
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space) {
                out.append(c);
            } else if (!inToken) {
                out.append('\u0000');
            }
            inToken = !space;
        }
        return out.toString();
    }

    /**
     * Levenshtein distance between two key sequences, or {@code max + 1} as soon as it is certain to exceed
     * {@code max}.
     */
    static int distance(int[] a, int[] b, int max) {
        if (Math.abs(a.length - b.length) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    private static int[] ids(List<String> keys, Map<String, Integer> ids) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(keys.get(i), k -> ids.size());
        }
        return out;
    }

    private static int ceilDiv(int x, int y) {
        return -Math.floorDiv(-x, y);
    }
}
