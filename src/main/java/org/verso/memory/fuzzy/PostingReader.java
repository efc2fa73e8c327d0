package org.verso.memory.fuzzy;

/** Decodes one posting list: its bands (or whole list) and tail, each ascending, merged into one ascending run. */
final class PostingReader {

    private final byte[] data;
    private final int[] at;
    private final int[] end;
    private final int[] head;
    private final int cursors;
    private int current = Integer.MAX_VALUE;

    PostingReader(byte[] data, int[] from, int[] to) {
        this.data = data;
        this.at = from;
        this.end = to;
        this.cursors = from.length;
        this.head = new int[cursors];
        for (int i = 0; i < cursors; i++) {
            head[i] = advance(i, 0);
            current = Math.min(current, head[i]);
        }
    }

    boolean hasNext() {
        return current != Integer.MAX_VALUE;
    }

    int next() {
        int position = current;
        if (cursors == 1) {
            current = head[0] = advance(0, position);
            return position;
        }
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < cursors; i++) {
            if (head[i] == position) {
                head[i] = advance(i, position);
            }
            least = Math.min(least, head[i]);
        }
        current = least;
        return position;
    }

    /** The next position of cursor {@code i} after {@code last}, or MAX_VALUE at its end. */
    private int advance(int i, int last) {
        int from = at[i];
        if (from >= end[i]) {
            return Integer.MAX_VALUE;
        }
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = data[from++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        at[i] = from;
        return last + value;
    }
}
