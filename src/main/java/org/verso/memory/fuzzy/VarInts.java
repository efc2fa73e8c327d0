package org.verso.memory.fuzzy;

/**
 * Non-negative ints as LEB128 varints (7 bits a byte, high bit = more follows): key ids of a unit and the gaps
 * between positions in a posting list, most of which fit in one or two bytes instead of four.
 */
final class VarInts {

    /** Reading position, advanced by {@link #next}. */
    private final byte[] bytes;
    private int at;

    VarInts(byte[] bytes, int at) {
        this.bytes = bytes;
        this.at = at;
    }

    int next() {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }

    int at() {
        return at;
    }

    /** Writes {@code value} at {@code at}; @return the index after it. */
    static int write(byte[] into, int at, int value) {
        while ((value & ~0x7F) != 0) {
            into[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        into[at++] = (byte) value;
        return at;
    }

    /** Bytes {@link #write} takes for {@code value}. */
    static int size(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    /** {@code values[0..length)} decoded from {@code bytes[from..)}. */
    static int[] decode(byte[] bytes, int from, int length) {
        int[] out = new int[length];
        VarInts in = new VarInts(bytes, from);
        for (int i = 0; i < length; i++) {
            out[i] = in.next();
        }
        return out;
    }
}
