package org.verso.memory.fuzzy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One id per distinct match key, shared by all language pairs; ids are never reused. */
final class TokenDictionary {

    /** The id of a key no stored text has: it matches nothing. */
    static final int UNKNOWN = -1;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** Key by id; grown under this object's lock, replaced whole (copy first), so a reader sees a full array. */
    private volatile String[] keysById = new String[1024];

    int[] intern(List<String> keys) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(keys.get(i), this::remember);
        }
        return out;
    }

    /** The key of {@code id}, an id {@link #intern} handed out before (the caller's lock orders the two). */
    String key(int id) {
        return keysById[id];
    }

    private synchronized int remember(String key) {
        int id = next.getAndIncrement();
        String[] keys = keysById;
        if (id >= keys.length) {
            keys = Arrays.copyOf(keys, Math.max(id + 1, keys.length * 2));
        }
        keys[id] = key;
        keysById = keys;
        return id;
    }

    int[] lookUp(List<String> keys) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.getOrDefault(keys.get(i), UNKNOWN);
        }
        return out;
    }

    int size() {
        return ids.size();
    }
}
