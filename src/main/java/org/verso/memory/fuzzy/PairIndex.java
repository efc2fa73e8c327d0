package org.verso.memory.fuzzy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntFunction;

/**
 * The units of one language pair, by position: unit id (an int while ids fit), key count, key ids (varints in one
 * {@link ByteColumn}), source text ({@link SourceText} in another), a dead bit, and the {@link Postings}. No object
 * per unit: 10 million units cost a few dozen arrays, not tens of millions of objects. Removal is lazy: the
 * position stays in the posting lists, marked dead, until enough dead entries accumulate to rewrite the lists and
 * the columns (positions never move). Callers hold {@link #lock}: the read lock to search, the write lock to change.
 */
final class PairIndex {

    /** Key counts from this one up are counted in the key column instead. */
    private static final int LONG_TEXT = 255;

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** This pair's number in {@link UnitDirectory} places. */
    final int number;
    private final IntFunction<String> keyText;

    /** Unit ids while they all fit in an int (database ids do, for a long time); null once one does not. */
    private int[] narrowIds = new int[16];
    /** Unit ids once one does not fit in an int, else null. */
    private long[] wideIds;
    private byte[] lengths = new byte[16];
    private long[] dead = new long[1];
    private final ByteColumn keys = new ByteColumn();
    private final ByteColumn sources = new ByteColumn();
    private final Postings postings = new Postings(position -> lengths[position] & 0xFF);
    private int count;
    private int live;
    private int deadInPostings;

    /** @param keyText the key of a key id, to give source texts back */
    PairIndex(int number, IntFunction<String> keyText) {
        this.number = number;
        this.keyText = keyText;
    }

    /** @return the position of the new unit */
    /** @param source the source text as {@link SourceText#encode} packed it */
    int append(long unitId, int[] keyIds, byte[] source) {
        byte[] encoded = new byte[5 * keyIds.length];
        int encodedLength = 0;
        for (int key : keyIds) {
            encodedLength = VarInts.write(encoded, encodedLength, key);
        }
        if (count == lengths.length) {
            growUnits();
        }
        if (wideIds == null && unitId != (int) unitId) {
            widenIds();
        }
        keys.reserve(encodedLength);
        sources.reserve(source.length);
        // Nothing below allocates but the posting lists: the columns stay the same length.
        int position = count++;
        if (wideIds == null) {
            narrowIds[position] = (int) unitId;
        } else {
            wideIds[position] = unitId;
        }
        lengths[position] = (byte) Math.min(keyIds.length, LONG_TEXT);
        keys.add(encoded, encodedLength);
        sources.add(source, source.length);
        live++;
        int[] sorted = keyIds.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                postings.add(sorted[i], position);
            }
        }
        return position;
    }

    void kill(int position) {
        if (isDead(position)) {
            return;
        }
        dead[position >> 6] |= 1L << position;
        live--;
        deadInPostings++;
        if (deadInPostings > 1024 && deadInPostings > live) {
            postings.purge(p -> !isDead(p));
            keys.compact(p -> !isDead(p));
            sources.compact(p -> !isDead(p));
            deadInPostings = 0;
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
        return wideIds == null ? narrowIds[position] : wideIds[position];
    }

    /** @return the key ids of a live unit, or null for a removed one */
    int[] keys(int position) {
        int length = length(position);
        return length < 0 ? null : VarInts.decode(keys.data(), keys.start(position), length);
    }

    /** @return the source text of a live unit, or null for a removed one */
    String source(int position) {
        int[] ids = keys(position);
        if (ids == null) {
            return null;
        }
        List<String> words = new ArrayList<>(ids.length);
        for (int id : ids) {
            words.add(keyText.apply(id));
        }
        return SourceText.decode(sources.data(), sources.start(position), sources.end(position), words);
    }

    /** @return the key count of a live unit, or -1 for a removed one */
    int length(int position) {
        if (isDead(position)) {
            return -1;
        }
        int length = lengths[position] & 0xFF;
        return length < LONG_TEXT ? length : countKeys(position);
    }

    /** The key count of a live unit if it lies in [shortest, longest], else -1 (a removed unit: -1). */
    int lengthWithin(int position, int shortest, int longest) {
        if (isDead(position)) {
            return -1;
        }
        int length = lengths[position] & 0xFF;
        if (length == LONG_TEXT) {
            if (longest < LONG_TEXT) {
                return -1;
            }
            length = countKeys(position);
        }
        return length >= shortest && length <= longest ? length : -1;
    }

    /** The positions holding {@code key}, ascending (some may be dead). */
    PostingReader postings(int key) {
        return postings.reader(key);
    }

    /** The positions holding {@code key} with a key count in [shortest, longest], and maybe others; ascending. */
    PostingReader postings(int key, int shortest, int longest) {
        return postings.reader(key, Math.min(shortest, LONG_TEXT), Math.min(longest, LONG_TEXT));
    }

    int postingSize(int key) {
        return postings.count(key);
    }

    /** The length of {@link #postings(int, int, int)}'s list. */
    int postingSize(int key, int shortest, int longest) {
        return postings.count(key, Math.min(shortest, LONG_TEXT), Math.min(longest, LONG_TEXT));
    }

    /** Gives back the growth slack of every array (after a bulk load); the index stays as it is otherwise. */
    void trim() {
        int capacity = Math.max(16, count);
        int[] trimmedNarrow = narrowIds == null ? null : Arrays.copyOf(narrowIds, capacity);
        long[] trimmedWide = wideIds == null ? null : Arrays.copyOf(wideIds, capacity);
        byte[] trimmedLengths = Arrays.copyOf(lengths, capacity);
        narrowIds = trimmedNarrow;
        wideIds = trimmedWide;
        lengths = trimmedLengths;
        keys.trim();
        sources.trim();
        postings.trim();
    }

    private boolean isDead(int position) {
        return (dead[position >> 6] & 1L << position) != 0;
    }

    private int countKeys(int position) {
        byte[] data = keys.data();
        int n = 0;
        for (int i = keys.start(position); i < keys.end(position); i++) {
            n += data[i] < 0 ? 0 : 1;
        }
        return n;
    }

    /**
     * All copies are made before any field changes: an OutOfMemoryError in the middle (a pair of millions of
     * units in a small heap) then leaves the index as it was, instead of one array longer than the others, which
     * made every later append of the pair fail (found by the 1.8-million-unit import benchmark).
     */
    private void growUnits() {
        int capacity = count + (count >> 1) + 2;
        int[] grownNarrow = narrowIds == null ? null : Arrays.copyOf(narrowIds, capacity);
        long[] grownWide = wideIds == null ? null : Arrays.copyOf(wideIds, capacity);
        byte[] grownLengths = Arrays.copyOf(lengths, capacity);
        long[] grownDead = Arrays.copyOf(dead, (capacity >> 6) + 1);
        narrowIds = grownNarrow;
        wideIds = grownWide;
        lengths = grownLengths;
        dead = grownDead;
    }

    /** From int ids to long ones, for good: copy first, then the fields. */
    private void widenIds() {
        long[] wide = new long[lengths.length];
        for (int p = 0; p < count; p++) {
            wide[p] = narrowIds[p];
        }
        wideIds = wide;
        narrowIds = null;
    }
}
