package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The posting lists of one pair: for each key id, the positions holding it, stored as varint gaps in a
 * {@code byte[]} per key (most gaps take one or two bytes). A list of at least {@link #GROUP_MIN} positions is kept
 * <em>grouped</em>: its positions in bands of key count (1, 2, 3, 4, 5, 6–7, 8–9, … 51+), each band ascending, then
 * a tail of the positions added since, ascending; it is regrouped once the tail is as long as the grouped part
 * (and at {@link #trim}). A search then reads only the bands its length window allows ({@link #reader(int, int,
 * int)}), merged back into ascending order. Not thread-safe: {@link PairIndex}'s lock guards it.
 */
final class Postings {

    /** Lists with at least this many positions are grouped by band. */
    static final int GROUP_MIN = 4096;
    private static final int[] BAND_FLOOR = {0, 2, 3, 4, 5, 6, 8, 10, 13, 17, 22, 29, 38, 51};
    private static final int BANDS = BAND_FLOOR.length;
    /** Where a band table keeps its grouped count (after the bands' ends, counts and last positions). */
    private static final int GROUPED = 3 * BANDS;
    /** The band of each key count byte. */
    private static final byte[] BAND = new byte[256];

    static {
        int band = 0;
        for (int length = 0; length < BAND.length; length++) {
            while (band + 1 < BANDS && length >= BAND_FLOOR[band + 1]) {
                band++;
            }
            BAND[length] = (byte) band;
        }
    }

    private final TokenSlots slots = new TokenSlots();
    /** The key count byte of a position (kept for dead ones too). */
    private final IntUnaryOperator lengthOf;
    private byte[][] lists = new byte[16][];
    private int[] counts = new int[16];
    private int[] ends = new int[16];
    private int[] lasts = new int[16];
    /**
     * The grouped lists (few: only long ones, so not a field per slot): slot → index into {@link #groups}, whose
     * entry holds the end of each band in the list's bytes, each band's count, each band's last position, then the
     * grouped count.
     */
    private final TokenSlots groupOf = new TokenSlots();
    private int[][] groups = new int[4][];
    private int groupCount;
    private int slotCount;

    Postings(IntUnaryOperator lengthOf) {
        this.lengthOf = lengthOf;
    }

    /** Positions listed under {@code key}, dead ones included. */
    int count(int key) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? 0 : counts[slot];
    }

    /** At least the positions under {@code key} whose key count byte lies in [lo, hi]; at most all of them. */
    int count(int key, int lo, int hi) {
        int slot = key < 0 ? -1 : slots.get(key);
        if (slot < 0) {
            return 0;
        }
        int[] group = group(slot);
        if (group == null) {
            return counts[slot];
        }
        int n = counts[slot] - group[GROUPED];
        for (int band = BAND[lo]; band <= BAND[hi]; band++) {
            n += group[BANDS + band];
        }
        return n;
    }

    /** The positions under {@code key}, ascending (some may be dead). */
    PostingReader reader(int key) {
        return reader(key, 0, 255);
    }

    /**
     * The positions under {@code key}, ascending (some may be dead): all those whose key count byte lies in
     * [lo, hi], and some others (the rest of their bands and the ungrouped tail).
     */
    PostingReader reader(int key, int lo, int hi) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? new PostingReader(null, new int[0], new int[0]) : slotReader(slot, lo, hi);
    }

    private PostingReader slotReader(int slot, int lo, int hi) {
        int[] group = group(slot);
        if (group == null) {
            return new PostingReader(lists[slot], new int[] {0}, new int[] {ends[slot]});
        }
        int[] from = new int[BANDS + 1];
        int[] to = new int[BANDS + 1];
        int k = 0;
        for (int band = BAND[lo]; band <= BAND[hi]; band++) {
            from[k] = band == 0 ? 0 : group[band - 1];
            to[k] = group[band];
            k += from[k] < to[k] ? 1 : 0;
        }
        from[k] = group[BANDS - 1];
        to[k] = ends[slot];
        k += from[k] < to[k] ? 1 : 0;
        return new PostingReader(lists[slot], Arrays.copyOf(from, k), Arrays.copyOf(to, k));
    }

    /** Adds {@code position}, which is greater than any listed under {@code key} so far. */
    void add(int key, int position) {
        int slot = slots.get(key);
        if (slot < 0) {
            if (slotCount == lists.length) {
                // All copies first, then the fields: running out of memory between them must not leave the
                // arrays of different lengths (every later append would fail on the shorter one).
                int capacity = slotCount + (slotCount >> 1) + 2;
                byte[][] grownLists = Arrays.copyOf(lists, capacity);
                int[] grownCounts = Arrays.copyOf(counts, capacity);
                int[] grownEnds = Arrays.copyOf(ends, capacity);
                int[] grownLasts = Arrays.copyOf(lasts, capacity);
                lists = grownLists;
                counts = grownCounts;
                ends = grownEnds;
                lasts = grownLasts;
            }
            lists[slotCount] = new byte[4];
            slot = slotCount++;
            slots.put(key, slot);
        }
        byte[] list = lists[slot];
        if (ends[slot] + 5 > list.length) {
            list = Arrays.copyOf(list, list.length + (list.length >> 1) + 5);
            lists[slot] = list;
        }
        ends[slot] = VarInts.write(list, ends[slot], position - lasts[slot]);
        lasts[slot] = position;
        counts[slot]++;
        int grouped = grouped(slot);
        if (counts[slot] >= GROUP_MIN && counts[slot] - grouped >= Math.max(grouped, GROUP_MIN / 2)) {
            group(slot, 5 + (ends[slot] >> 1));
        }
    }

    /** Rewrites every list without the positions that are not {@code live}. */
    void purge(IntPredicate live) {
        for (int slot = 0; slot < slotCount; slot++) {
            regroup(slot, live, 0);
        }
    }

    /** Groups every list's tail and gives back the growth slack of every list (after a bulk load). */
    void trim() {
        for (int slot = 0; slot < slotCount; slot++) {
            int grouped = grouped(slot);
            if (counts[slot] >= GROUP_MIN && counts[slot] > grouped) {
                group(slot, 0);
            } else if (lists[slot].length > ends[slot]) {
                lists[slot] = Arrays.copyOf(lists[slot], ends[slot]);
            }
        }
    }

    /**
     * Moves a list's tail into its bands, with {@code slack} bytes to grow: each band's bytes are copied as they
     * are and the tail's positions of that band appended (they are all later), so only the tail is decoded.
     */
    private void group(int slot, int slack) {
        int[] group = group(slot);
        if (group == null || group[GROUPED] == 0) {
            regroup(slot, p -> true, slack);
            return;
        }
        byte[] list = lists[slot];
        int tailCount = counts[slot] - group[GROUPED];
        int[] tail = new int[tailCount];
        byte[] bands = new byte[tailCount];
        PostingReader reader = new PostingReader(list, new int[] {group[BANDS - 1]}, new int[] {ends[slot]});
        for (int i = 0; i < tailCount; i++) {
            tail[i] = reader.next();
            bands[i] = BAND[lengthOf.applyAsInt(tail[i])];
        }
        byte[] out = new byte[group[BANDS - 1] + 5 * tailCount + slack];
        int[] grown = group.clone();
        int end = 0;
        for (int band = 0; band < BANDS; band++) {
            int from = band == 0 ? 0 : group[band - 1];
            System.arraycopy(list, from, out, end, group[band] - from);
            end += group[band] - from;
            int last = group[2 * BANDS + band];
            for (int i = 0; i < tailCount; i++) {
                if (bands[i] == band) {
                    end = VarInts.write(out, end, tail[i] - last);
                    last = tail[i];
                    grown[BANDS + band]++;
                }
            }
            grown[band] = end;
            grown[2 * BANDS + band] = last;
        }
        grown[GROUPED] = counts[slot];
        lists[slot] = out.length == end + slack ? out : Arrays.copyOf(out, end + slack);
        ends[slot] = end;
        lasts[slot] = 0;
        setGroup(slot, grown);
    }

    /** Rewrites one list with its {@code live} positions, grouped if there are enough, with {@code slack} bytes. */
    private void regroup(int slot, IntPredicate live, int slack) {
        int[] positions = new int[counts[slot]];
        int n = 0;
        PostingReader reader = slotReader(slot, 0, 255);
        while (reader.hasNext()) {
            int position = reader.next();
            if (live.test(position)) {
                positions[n++] = position;
            }
        }
        byte[] out = new byte[5 * n + slack + 4];
        int end = 0;
        int[] group = null;
        if (n >= GROUP_MIN) {
            // A stable counting sort by band, then each band as gaps from 0.
            group = new int[GROUPED + 1];
            byte[] bands = new byte[n];
            for (int i = 0; i < n; i++) {
                bands[i] = BAND[lengthOf.applyAsInt(positions[i])];
                group[BANDS + bands[i]]++;
            }
            int[] next = new int[BANDS];
            for (int band = 1; band < BANDS; band++) {
                next[band] = next[band - 1] + group[BANDS + band - 1];
            }
            int[] sorted = new int[n];
            for (int i = 0; i < n; i++) {
                sorted[next[bands[i]]++] = positions[i];
            }
            int i = 0;
            for (int band = 0; band < BANDS; band++) {
                int last = 0;
                for (int stop = i + group[BANDS + band]; i < stop; i++) {
                    end = VarInts.write(out, end, sorted[i] - last);
                    last = sorted[i];
                }
                group[band] = end;
                group[2 * BANDS + band] = last;
            }
            group[GROUPED] = n;
            lasts[slot] = 0;
        } else {
            int last = 0;
            for (int i = 0; i < n; i++) {
                end = VarInts.write(out, end, positions[i] - last);
                last = positions[i];
            }
            lasts[slot] = last;
        }
        lists[slot] = Arrays.copyOf(out, Math.max(4, end + slack));
        ends[slot] = end;
        counts[slot] = n;
        setGroup(slot, group);
    }

    private int[] group(int slot) {
        int index = groupCount == 0 ? -1 : groupOf.get(slot);
        return index < 0 ? null : groups[index];
    }

    private int grouped(int slot) {
        int[] group = group(slot);
        return group == null ? 0 : group[GROUPED];
    }

    /** A list once grouped stays so (a purge may shrink it; its table then says so with fewer positions). */
    private void setGroup(int slot, int[] group) {
        int index = groupOf.get(slot);
        if (index >= 0) {
            groups[index] = group != null ? group : new int[GROUPED + 1];
            return;
        }
        if (group == null) {
            return;
        }
        if (groupCount == groups.length) {
            groups = Arrays.copyOf(groups, groupCount * 2);
        }
        groups[groupCount] = group;
        groupOf.put(slot, groupCount++);
    }
}
