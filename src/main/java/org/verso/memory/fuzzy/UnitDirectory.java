package org.verso.memory.fuzzy;

/**
 * Where each unit lives: unit id → (pair number, position in the pair) packed in a long. Open addressing with
 * backward-shift deletion, so 2 million units cost two long arrays instead of 2 million boxed entries.
 * Every method is synchronized; each call is short.
 */
final class UnitDirectory {

    static final long ABSENT = -1;

    private long[] keys = new long[64];
    private long[] values = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    static long place(int pair, int position) {
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
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = find(unitId);
        long previous = used[i] ? values[i] : ABSENT;
        if (!used[i]) {
            used[i] = true;
            keys[i] = unitId;
            size++;
        }
        values[i] = place;
        return previous;
    }

    /** @return the place {@code unitId} had, or {@link #ABSENT} */
    synchronized long remove(long unitId) {
        int i = find(unitId);
        if (!used[i]) {
            return ABSENT;
        }
        long previous = values[i];
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; used[j]; j = (j + 1) & mask) {
            int home = mix(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        used[hole] = false;
        size--;
        return previous;
    }

    synchronized int size() {
        return size;
    }

    private int find(long unitId) {
        int mask = keys.length - 1;
        int i = mix(unitId) & mask;
        while (used[i] && keys[i] != unitId) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int j = find(oldKeys[i]);
                used[j] = true;
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
