package org.verso.memory.fuzzy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One id per distinct match key, shared by all language pairs; ids are never reused. */
final class TokenDictionary {

    /** The id of a key no stored text has: it matches nothing. */
    static final int UNKNOWN = -1;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int[] intern(List<String> keys) {
        int[] out = new int[keys.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(keys.get(i), k -> next.getAndIncrement());
        }
        return out;
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
