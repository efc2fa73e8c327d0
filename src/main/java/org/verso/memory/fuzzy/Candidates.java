package org.verso.memory.fuzzy;

import java.util.Arrays;

/**
 * The candidates of one query in one pair, with a count filter (as in set-similarity joins): the positions of the
 * rarest keys' posting lists merged in ascending order (each position once, no bitmap over the pair), kept only if
 * their key count lies in the length window, each with the query keys (with multiplicity) found for it so far.
 * More posting lists can then be {@link #count counted} against them without adding candidates; a candidate shares
 * at most {@code hits + unread} keys with the query, so one whose bound is below what its length needs is
 * {@link #drop dropped} before its keys are ever decoded.
 */
final class Candidates {

    private int[] positions = new int[64];
    private int[] lengths = new int[64];
    private int[] hits = new int[64];
    private int size;
    /** Query keys (with multiplicity) whose posting lists have not been read. */
    private int unread;
    private final int shortest;
    /** By key count − shortest: query keys of the rare lists not read for candidates of that length. */
    private final int[] unreadFor;

    /**
     * @param keys     distinct key ids whose lists make the candidates
     * @param weights  how often each of them occurs in the query
     * @param unread   query keys (with multiplicity) outside {@code keys}
     * @param longestFor for each of {@code keys}, the longest candidate its list is read for (a longer text needs
     *                 more shared keys, so fewer of the rarest lists: it shares one of those or cannot score)
     */
    Candidates(PairIndex pair, int[] keys, int[] weights, int unread, int shortest, int[] longestFor) {
        this.unread = unread;
        this.shortest = shortest;
        int longest = keys.length == 0 ? shortest : longestFor[0];
        this.unreadFor = new int[longest - shortest + 1];
        PostingReader[] lists = new PostingReader[keys.length];
        int[] heads = new int[keys.length];
        int[] ends = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            lists[i] = pair.postings(keys[i], shortest, longestFor[i]);
            heads[i] = lists[i].hasNext() ? lists[i].next() : Integer.MAX_VALUE;
            ends[i] = longestFor[i];
            for (int m = longestFor[i] + 1; m <= longest; m++) {
                unreadFor[m - shortest] += weights[i];
            }
        }
        while (true) {
            int position = Integer.MAX_VALUE;
            for (int head : heads) {
                position = Math.min(position, head);
            }
            if (position == Integer.MAX_VALUE) {
                return;
            }
            int weight = 0;
            int reader = -1; // the longest candidate a list holding this position is read for
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == position) {
                    reader = Math.max(reader, ends[i]);
                    weight += weights[i];
                    heads[i] = lists[i].hasNext() ? lists[i].next() : Integer.MAX_VALUE;
                }
            }
            int m = pair.lengthWithin(position, shortest, reader);
            if (m >= 0) {
                add(position, m, weight);
            }
        }
    }

    int size() {
        return size;
    }

    int position(int i) {
        return positions[i];
    }

    int length(int i) {
        return lengths[i];
    }

    /** At most this many of the candidate's keys are shared with the query. */
    int bound(int i) {
        return hits[i] + unread + unreadFor[lengths[i] - shortest];
    }

    /** Counts one more posting list ({@code weight} query keys) against the candidates; adds none. */
    void count(PostingReader list, int weight) {
        unread -= weight;
        int i = 0;
        while (i < size && list.hasNext()) {
            int position = list.next();
            while (i < size && positions[i] < position) {
                i++;
            }
            if (i < size && positions[i] == position) {
                hits[i++] += weight;
            }
        }
    }

    /** Drops the candidates that cannot share enough keys to score {@code threshold} against {@code n} keys. */
    void drop(int n, int threshold) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (bound(i) >= FuzzyScore.minShared(Math.max(n, lengths[i]), threshold)) {
                positions[kept] = positions[i];
                lengths[kept] = lengths[i];
                hits[kept++] = hits[i];
            }
        }
        size = kept;
    }

    /**
     * Candidate indexes, the highest bound first, then the latest position (so the top hits fill early and raise
     * the bar; the newest unit wins a tie of scores, and later positions mostly hold newer units).
     */
    int[] mostSharedFirst() {
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = (long) -hits[i] << 32 | (Integer.MAX_VALUE - i);
        }
        Arrays.sort(order);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = Integer.MAX_VALUE - (int) order[i];
        }
        return out;
    }

    private void add(int position, int m, int weight) {
        if (size == positions.length) {
            int capacity = size * 2;
            positions = Arrays.copyOf(positions, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            hits = Arrays.copyOf(hits, capacity);
        }
        positions[size] = position;
        lengths[size] = m;
        hits[size++] = weight;
    }
}
