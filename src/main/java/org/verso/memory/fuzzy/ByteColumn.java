package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * One byte string per position, all in one growable {@code byte[]} with an {@code int} start per position: no
 * object per unit. Position p holds bytes [start(p), start(p + 1)). Growth copies before it assigns, so an
 * OutOfMemoryError leaves the column as it was ({@link #reserve} first, then {@link #add}, which cannot fail).
 * Not thread-safe: {@link PairIndex}'s lock guards it. At most 2 GiB of bytes per column.
 */
final class ByteColumn {

    private int[] starts = new int[17];
    private byte[] data = new byte[64];
    private int count;

    /** Room for one more position of {@code length} bytes; may throw OutOfMemoryError, changes nothing then. */
    void reserve(int length) {
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
        }
        long needed = (long) starts[count] + length;
        if (needed > data.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("more than 2 GiB of text in one language pair");
            }
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, data.length * 3L / 2)));
        }
    }

    /** Appends the next position's bytes; {@link #reserve} made room. */
    void add(byte[] bytes, int length) {
        int start = starts[count];
        System.arraycopy(bytes, 0, data, start, length);
        starts[++count] = start + length;
    }

    int start(int position) {
        return starts[position];
    }

    int end(int position) {
        return starts[position + 1];
    }

    byte[] data() {
        return data;
    }

    /** Bytes held, dead positions' included. */
    int used() {
        return starts[count];
    }

    /** Drops the bytes of positions that are not {@code live} (they become empty); positions do not move. */
    void compact(IntPredicate live) {
        byte[] kept = new byte[Math.max(64, liveBytes(live))];
        int[] keptStarts = new int[starts.length];
        int at = 0;
        for (int p = 0; p < count; p++) {
            keptStarts[p] = at;
            if (live.test(p)) {
                int length = end(p) - start(p);
                System.arraycopy(data, start(p), kept, at, length);
                at += length;
            }
        }
        keptStarts[count] = at;
        data = kept;
        starts = keptStarts;
    }

    /** Gives back the growth slack (after a bulk load). */
    void trim() {
        int[] trimmedStarts = Arrays.copyOf(starts, count + 2);
        byte[] trimmedData = Arrays.copyOf(data, Math.max(64, used()));
        starts = trimmedStarts;
        data = trimmedData;
    }

    private int liveBytes(IntPredicate live) {
        int bytes = 0;
        for (int p = 0; p < count; p++) {
            if (live.test(p)) {
                bytes += end(p) - start(p);
            }
        }
        return bytes;
    }
}
