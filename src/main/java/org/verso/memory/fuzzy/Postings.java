package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The posting lists of one pair: for each key id, the positions holding it, ascending, stored as varint gaps in a
 * {@code byte[]} per key (most gaps take one or two bytes). Not thread-safe: {@link PairIndex}'s lock guards it.
 */
final class Postings {

    private final TokenSlots slots = new TokenSlots();
    private byte[][] lists = new byte[16][];
    private int[] counts = new int[16];
    private int[] ends = new int[16];
    private int[] lasts = new int[16];
    private int slotCount;

    /** Positions listed under {@code key}, dead ones included. */
    int count(int key) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? 0 : counts[slot];
    }

    /** The positions under {@code key}, ascending (some may be dead). */
    Reader reader(int key) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? new Reader(new byte[0], 0) : new Reader(lists[slot], ends[slot]);
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
    }

    /** Rewrites every list without the positions that are not {@code live}. */
    void purge(IntPredicate live) {
        byte[] buffer = new byte[64];
        for (int slot = 0; slot < slotCount; slot++) {
            Reader reader = new Reader(lists[slot], ends[slot]);
            int end = 0;
            int last = 0;
            int kept = 0;
            while (reader.hasNext()) {
                int position = reader.next();
                if (live.test(position)) {
                    if (end + 5 > buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    end = VarInts.write(buffer, end, position - last);
                    last = position;
                    kept++;
                }
            }
            lists[slot] = Arrays.copyOf(buffer, Math.max(4, end));
            ends[slot] = end;
            lasts[slot] = last;
            counts[slot] = kept;
        }
    }

    /** Gives back the growth slack of every list (after a bulk load). */
    void trim() {
        for (int slot = 0; slot < slotCount; slot++) {
            if (lists[slot].length > ends[slot]) {
                lists[slot] = Arrays.copyOf(lists[slot], ends[slot]);
            }
        }
    }

    /** Decodes one posting list. */
    static final class Reader {

        private final VarInts in;
        private final int end;
        private int position;

        Reader(byte[] list, int end) {
            this.in = new VarInts(list, 0);
            this.end = end;
        }

        boolean hasNext() {
            return in.at() < end;
        }

        int next() {
            position += in.next();
            return position;
        }
    }
}
