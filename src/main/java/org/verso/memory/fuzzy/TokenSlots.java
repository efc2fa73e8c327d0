package org.verso.memory.fuzzy;

import java.util.Arrays;

/** Open-addressing map from a token id (≥ 0) to the slot of its posting list in one pair; not thread-safe. */
final class TokenSlots {

    private static final int FREE = -1;

    private int[] keys = new int[16];
    private int[] values = new int[16];
    private int size;

    TokenSlots() {
        Arrays.fill(keys, FREE);
    }

    /** @return the slot of {@code token}, or -1 */
    int get(int token) {
        int mask = keys.length - 1;
        for (int i = mix(token) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == token) {
                return values[i];
            }
            if (keys[i] == FREE) {
                return -1;
            }
        }
    }

    void put(int token, int slot) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(token) & mask;
        while (keys[i] != FREE && keys[i] != token) {
            i = (i + 1) & mask;
        }
        if (keys[i] == FREE) {
            size++;
        }
        keys[i] = token;
        values[i] = slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
