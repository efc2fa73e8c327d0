package org.verso.memory.fuzzy;

/**
 * Where each unit lives: unit id → (pair number, position in the pair). Open addressing with linear probing and
 * backward-shift deletion, at most 3/4 full, in three parallel arrays — the unit id ({@code long}, {@link #FREE}
 * marks an empty slot), the position ({@code int}) and the pair number ({@code char}) — 14 bytes a slot, about 20
 * a unit, instead of boxed entries (or the 34–68 bytes of long/long/boolean slots at half load it had before).
 * Every method is synchronized; each call is short.
 */
final class UnitDirectory {

    static final long ABSENT = -1;
    /** The one unit id the directory cannot hold: it marks free slots. */
    private static final long FREE = Long.MIN_VALUE;
    private static final int MAX_PAIRS = Character.MAX_VALUE + 1;

    private long[] keys = freeKeys(64);
    private int[] positions = new int[64];
    private char[] pairs = new char[64];
    private int size;

    static long place(int pair, int position) {
        if (pair >= MAX_PAIRS) {
            throw new IllegalStateException("more than " + MAX_PAIRS + " language pairs in one index");
        }
        return (long) pair << 32 | position;
    }

    static int pairOf(long place) {
        return (int) (place >>> 32);
    }

    static int positionOf(long place) {
        return (int) place;
    }

    /** Sets the place of {@code unitId}; @return its previous place or {@link #ABSENT}. */
    synchronized long swap(long unitId, long place) {
        if (unitId == FREE) {
            throw new IllegalArgumentException("unit id " + unitId + " is reserved");
        }
        if (4L * (size + 1) > 3L * keys.length) {
            grow();
        }
        int i = find(unitId);
        long previous = ABSENT;
        if (keys[i] == FREE) {
            keys[i] = unitId;
            size++;
        } else {
            previous = place(pairs[i], positions[i]);
        }
        positions[i] = positionOf(place);
        pairs[i] = (char) pairOf(place);
        return previous;
    }

    /** @return the place {@code unitId} had, or {@link #ABSENT} */
    synchronized long remove(long unitId) {
        int i = unitId == FREE ? -1 : find(unitId);
        if (i < 0 || keys[i] == FREE) {
            return ABSENT;
        }
        long previous = place(pairs[i], positions[i]);
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int home = mix(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                positions[hole] = positions[j];
                pairs[hole] = pairs[j];
                hole = j;
            }
        }
        keys[hole] = FREE;
        size--;
        return previous;
    }

    synchronized int size() {
        return size;
    }

    private int find(long unitId) {
        int mask = keys.length - 1;
        int i = mix(unitId) & mask;
        while (keys[i] != FREE && keys[i] != unitId) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** New arrays first, fields after: running out of memory here leaves the directory as it was. */
    private void grow() {
        long[] oldKeys = keys;
        int[] oldPositions = positions;
        char[] oldPairs = pairs;
        long[] grownKeys = freeKeys(oldKeys.length * 2);
        int[] grownPositions = new int[oldKeys.length * 2];
        char[] grownPairs = new char[oldKeys.length * 2];
        keys = grownKeys;
        positions = grownPositions;
        pairs = grownPairs;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int j = find(oldKeys[i]);
                keys[j] = oldKeys[i];
                positions[j] = oldPositions[i];
                pairs[j] = oldPairs[i];
            }
        }
    }

    private static long[] freeKeys(int capacity) {
        long[] keys = new long[capacity];
        java.util.Arrays.fill(keys, FREE);
        return keys;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
