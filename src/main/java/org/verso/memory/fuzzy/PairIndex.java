package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The units of one language pair, by position: unit id, key ids, source text, key count (-1 once removed), and
 * one posting list of positions per key id. Removal is lazy: the position stays in the posting lists, marked
 * dead by its length, until enough dead entries accumulate to rewrite the lists. Callers hold {@link #lock}:
 * the read lock to search, the write lock to change.
 */
final class PairIndex {

    private static final int[] NO_POSTINGS = new int[0];

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** This pair's number in {@link UnitDirectory} places. */
    final int number;

    private long[] unitIds = new long[16];
    private int[][] keys = new int[16][];
    private String[] sources = new String[16];
    private int[] lengths = new int[16];
    private int count;
    private int live;
    private int deadInPostings;

    private final TokenSlots slots = new TokenSlots();
    private int[][] postings = new int[16][];
    private int[] postingSizes = new int[16];
    private int slotCount;

    PairIndex(int number) {
        this.number = number;
    }

    /** @return the position of the new unit */
    int append(long unitId, int[] keyIds, String source) {
        if (count == unitIds.length) {
            growUnits();
        }
        int position = count++;
        unitIds[position] = unitId;
        keys[position] = keyIds;
        sources[position] = source;
        lengths[position] = keyIds.length;
        live++;
        int[] sorted = keyIds.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                addPosting(sorted[i], position);
            }
        }
        return position;
    }

    void kill(int position) {
        if (lengths[position] < 0) {
            return;
        }
        lengths[position] = -1;
        keys[position] = null;
        sources[position] = null;
        live--;
        deadInPostings++;
        if (deadInPostings > 1024 && deadInPostings > live) {
            purgePostings();
        }
    }

    int live() {
        return live;
    }

    /** Positions handed out so far, live or dead. */
    int count() {
        return count;
    }

    long unitId(int position) {
        return unitIds[position];
    }

    /** @return the key ids of a live unit, or null for a removed one */
    int[] keys(int position) {
        return keys[position];
    }

    String source(int position) {
        return sources[position];
    }

    /** @return the key count of a live unit, or -1 for a removed one */
    int length(int position) {
        return lengths[position];
    }

    /** The positions holding {@code key} (some may be dead); read only the first {@link #postingSize} entries. */
    int[] postings(int key) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? NO_POSTINGS : postings[slot];
    }

    int postingSize(int key) {
        int slot = key < 0 ? -1 : slots.get(key);
        return slot < 0 ? 0 : postingSizes[slot];
    }

    private void addPosting(int key, int position) {
        int slot = slots.get(key);
        if (slot < 0) {
            if (slotCount == postings.length) {
                // Both copies first, then both fields: running out of memory between them must not leave the
                // arrays of different lengths (every later append would fail on the shorter one).
                int[][] grownPostings = Arrays.copyOf(postings, slotCount * 2);
                int[] grownSizes = Arrays.copyOf(postingSizes, slotCount * 2);
                postings = grownPostings;
                postingSizes = grownSizes;
            }
            slot = slotCount++;
            slots.put(key, slot);
            postings[slot] = new int[2];
        }
        int[] list = postings[slot];
        if (postingSizes[slot] == list.length) {
            list = Arrays.copyOf(list, list.length + (list.length >> 1) + 2);
            postings[slot] = list;
        }
        list[postingSizes[slot]++] = position;
    }

    private void purgePostings() {
        for (int slot = 0; slot < slotCount; slot++) {
            int[] list = postings[slot];
            int kept = 0;
            for (int i = 0; i < postingSizes[slot]; i++) {
                if (lengths[list[i]] >= 0) {
                    list[kept++] = list[i];
                }
            }
            postingSizes[slot] = kept;
            postings[slot] = Arrays.copyOf(list, Math.max(2, kept));
        }
        deadInPostings = 0;
    }

    /**
     * All four copies are made before any field changes: an OutOfMemoryError in the middle (a pair of millions of
     * units in a small heap) then leaves the index as it was, instead of one array longer than the others, which
     * made every later append of the pair fail (found by the 1.8-million-unit import benchmark).
     */
    private void growUnits() {
        int capacity = count + (count >> 1);
        long[] grownIds = Arrays.copyOf(unitIds, capacity);
        int[][] grownKeys = Arrays.copyOf(keys, capacity);
        String[] grownSources = Arrays.copyOf(sources, capacity);
        int[] grownLengths = Arrays.copyOf(lengths, capacity);
        unitIds = grownIds;
        keys = grownKeys;
        sources = grownSources;
        lengths = grownLengths;
    }
}
