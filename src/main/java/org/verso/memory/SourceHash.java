package org.verso.memory;

/**
 * A 64-bit FNV-1a hash of a source text, stored with each unit so an exact (100%) lookup is an index
 * seek on a number instead of a comparison of long texts; candidates are still compared as text.
 * The context of a unit is the hash of its neighbours' hashes.
 */
public final class SourceHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private SourceHash() {
    }

    public static long of(String text) {
        long hash = OFFSET;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash = (hash ^ (c & 0xff)) * PRIME;
            hash = (hash ^ (c >>> 8)) * PRIME;
        }
        return hash;
    }

    /** The context of a segment: its previous and next source segments ({@code null} at the document's edges). */
    public static long context(String previousSource, String nextSource) {
        long previous = previousSource == null ? 0 : of(previousSource);
        long next = nextSource == null ? 0 : of(nextSource);
        return previous * 31 + next * PRIME + 1;
    }
}
