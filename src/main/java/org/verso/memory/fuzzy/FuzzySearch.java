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
 * length lies between s(n) and 200n / (2t − 1). Only the posting lists of those rare keys make candidates
 * ({@link Candidates}); more lists, rarest first, are counted against them while that is cheaper than checking
 * them, and a candidate whose bound on shared keys is below its s(L) is dropped unread. The rest are checked most
 * shared first (counting shared keys, then a bounded Levenshtein distance), against the top hits' rising floor.
 */
final class FuzzySearch {

    private final WordTokens query;
    private final int[] keys;
    private final int[] distinct;
    private final int[] counts;
    private final int[] used;
    /** A posting list is counted against the candidates while it is at most this many times as long as they are. */
    private static final int COUNT_BUDGET = 32;

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
        int[] order = rarestFirst(pair, shortest, longest);
        int taken = 0;
        int remaining = n;
        while (taken < order.length && remaining >= shortest) {
            remaining -= counts[order[taken++]];
        }
        int[] rare = new int[taken];
        int[] weights = new int[taken];
        int[] longestFor = new int[taken];
        int left = n;
        for (int i = 0; i < taken; i++) {
            rare[i] = distinct[order[i]];
            weights[i] = counts[order[i]];
            // Length-aware prefix: a text of m keys needs s(max(n, m)) shared keys, so it must share one of
            // the rarest lists that leave at least that many keys; list i is read for the lengths it can serve.
            int m = longest;
            while (m > n && FuzzyScore.minShared(m, threshold) > left) {
                m--;
            }
            longestFor[i] = m;
            left -= weights[i];
        }
        Candidates candidates = new Candidates(pair, rare, weights, remaining, shortest, longestFor);
        candidates.drop(n, threshold);
        // Count filter: more lists, rarest first, while reading one costs less than checking the candidates.
        for (int i = taken; i < order.length && candidates.size() > 0
                && pair.postingSize(distinct[order[i]], shortest, longest) <= COUNT_BUDGET * candidates.size(); i++) {
            candidates.count(pair.postings(distinct[order[i]], shortest, longest), counts[order[i]]);
            candidates.drop(n, threshold);
        }
        TopHits top = new TopHits(limit);
        for (int i : candidates.mostSharedFirst()) {
            int m = candidates.length(i);
            int length = Math.max(n, m);
            int fewestEdits = length - Math.min(candidates.bound(i), Math.min(n, m));
            int best = fewestEdits == 0 ? 100 : Math.min(99, FuzzyScore.tokenScore(fewestEdits, length));
            int position = candidates.position(i);
            if (top.couldEnter(pair.unitId(position), best, threshold)) {
                consider(pair, position, m, top, top.floor(threshold));
            }
        }
        return top.bestFirst();
    }

    /** Indexes into {@link #distinct}, the shortest posting list first. */
    private int[] rarestFirst(PairIndex pair, int shortest, int longest) {
        Integer[] order = IntStream.range(0, distinct.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> pair.postingSize(distinct[i], shortest, longest)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
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
}
