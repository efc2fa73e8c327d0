package org.verso.memory.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * How the 10M benchmarks draw their queries (in-process, {@link MemoryAtTenMillion}; over HTTP, {@link
 * MemoryServerFill}): the same draws from the same seed, so both ask the same kind of questions.
 */
final class QueryDraw {

    /** The pair of the 2M units. */
    static final String LARGE_PAIR = "fr";

    private QueryDraw() {
    }

    /** A target language drawn in proportion to its pair's size. */
    static String weighted(Random random, Map<String, Integer> sizes) {
        long at = (long) (random.nextDouble() * sizes.values().stream().mapToLong(Integer::longValue).sum());
        for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
            at -= entry.getValue();
            if (at < 0) {
                return entry.getKey();
            }
        }
        return LARGE_PAIR;
    }

    /** The source of a unit of 3 to 40 words not held out yet; from now on it is held out (kept out of the index). */
    static <T> String holdOut(Random random, List<T> units, Function<T, String> source, Set<Integer> held) {
        while (true) {
            int at = random.nextInt(units.size());
            String text = source.apply(units.get(at));
            int words = text.split(" ").length;
            if (words >= 3 && words <= 40 && held.add(at)) {
                return text;
            }
        }
    }
}
