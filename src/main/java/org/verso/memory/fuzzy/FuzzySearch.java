package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One fuzzy query against one pair, exact for {@link FuzzyScore} (prefix filtering, as in set-similarity joins).
 * A stored text of m keys reaches threshold t against the query's n keys only if it shares at least
 * s = {@link FuzzyScore#minShared}(max(n, m), t) keys with it (the distance is at least max(n, m) minus the shared
 * keys). So it shares one of the query's rarest keys — as many as leave fewer than s of the n keys — and its
 * length lies between s(n) and 200n / (2t − 1). Only the posting lists of those rare keys are read; each
 * candidate is then checked by counting shared keys and by a bounded Levenshtein distance.
 */
final class FuzzySearch {

    private final WordTokens query;
    private final int[] keys;
    private final int[] distinct;
    private final int[] counts;
    private final int[] used;

    FuzzySearch(WordTokens query, int[] keys) {
        this.query = query;
        this.keys = keys;
        this.distinct = Arrays.stream(keys).distinct().sorted().toArray();
        this.counts = new int[distinct.length];
        for (int key : keys) {
            counts[Arrays.binarySearch(distinct, key)]++;
        }
        this.used = new int[distinct.length];
    }

    /** Needs the pair's read lock; {@code threshold} is 1–100, {@code limit} positive. */
    List<FuzzyHit> run(PairIndex pair, int limit, int threshold) {
        int n = keys.length;
        int shortest = FuzzyScore.minShared(n, threshold);
        int longest = 200 * n / (2 * threshold - 1);
        long[] seen = new long[(pair.count() >> 6) + 1];
        TopHits top = new TopHits(limit);
        for (int key : rarestKeys(pair, shortest)) {
            Postings.Reader list = pair.postings(key);
            while (list.hasNext()) {
                int position = list.next();
                int m = pair.length(position);
                if (m >= shortest && m <= longest && firstVisit(seen, position)) {
                    consider(pair, position, m, top, top.floor(threshold));
                }
            }
        }
        return top.bestFirst();
    }

    /** The rarest distinct keys, enough that the keys left out number fewer than {@code needed}. */
    private int[] rarestKeys(PairIndex pair, int needed) {
        Integer[] order = IntStream.range(0, distinct.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> pair.postingSize(distinct[i])));
        int remaining = keys.length;
        int taken = 0;
        while (taken < order.length && remaining >= needed) {
            remaining -= counts[order[taken++]];
        }
        int[] out = new int[taken];
        for (int i = 0; i < taken; i++) {
            out[i] = distinct[order[i]];
        }
        return out;
    }

    private void consider(PairIndex pair, int position, int m, TopHits top, int threshold) {
        int n = keys.length;
        int length = Math.max(n, m);
        int needed = FuzzyScore.minShared(length, threshold);
        int[] stored = pair.keys(position);
        if (Math.min(n, m) < needed || shared(stored, needed) < needed) {
            return;
        }
        int maxDistance = length - needed;
        int d = FuzzyScore.distance(keys, stored, maxDistance);
        if (d > maxDistance) {
            return;
        }
        int score = d == 0 ? FuzzyScore.score(query, WordTokens.of(pair.source(position)))
                : Math.min(99, FuzzyScore.tokenScore(d, length));
        if (score >= threshold) {
            top.offer(pair.unitId(position), score);
        }
    }

    /** Keys the stored text shares with the query, as multisets; stops early below {@code needed}. */
    private int shared(int[] stored, int needed) {
        int shared = 0;
        for (int i = 0; i < stored.length && shared + stored.length - i >= needed; i++) {
            int at = Arrays.binarySearch(distinct, stored[i]);
            if (at >= 0 && used[at] < counts[at]) {
                used[at]++;
                shared++;
            }
        }
        Arrays.fill(used, 0);
        return shared;
    }

    private static boolean firstVisit(long[] seen, int position) {
        long bit = 1L << position;
        long word = seen[position >> 6];
        seen[position >> 6] = word | bit;
        return (word & bit) == 0;
    }
}
