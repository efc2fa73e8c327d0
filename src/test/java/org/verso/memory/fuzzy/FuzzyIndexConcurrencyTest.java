package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FuzzyIndexConcurrencyTest {

    private static final int WRITERS = 3;
    private static final int READERS = 3;
    private static final int UNITS_PER_WRITER = 3000;

    @Test
    void writersAndReadersRunTogetherAndTheEndStateIsExact() throws Exception {
        FuzzyIndex index = new FuzzyIndex();
        index.put(-1, "en", "de", "a stable sentence that never changes");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            tasks.add(pool.submit(() -> write(index, writer)));
        }
        for (int r = 0; r < READERS; r++) {
            tasks.add(pool.submit(() -> read(index)));
        }
        for (Future<?> task : tasks) {
            task.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1 + WRITERS * UNITS_PER_WRITER / 2, index.size());
        for (int w = 0; w < WRITERS; w++) {
            long kept = unitId(w, 1);
            assertEquals(List.of(new FuzzyHit(kept, 100)),
                    index.search("en", "fr", "final text of unit " + kept, 1, 100));
            assertEquals(List.of(), index.search("en", "de", "draft text of unit " + kept, 1, 100));
        }
    }

    /** Each unit goes in under en-de, half move to en-fr with a new text, the other half are removed. */
    private static void write(FuzzyIndex index, int writer) {
        for (int i = 0; i < UNITS_PER_WRITER; i++) {
            long id = unitId(writer, i);
            index.put(id, "en", "de", "draft text of unit " + id);
            if (i % 2 == 1) {
                index.put(id, "en", "fr", "final text of unit " + id);
            } else {
                index.remove(id);
            }
        }
    }

    private static void read(FuzzyIndex index) {
        for (int i = 0; i < 300; i++) {
            List<FuzzyHit> hits = index.search("en", "de", "a stable sentence that never changes", 5, 100);
            assertEquals(List.of(new FuzzyHit(-1, 100)), hits);
            List<FuzzyHit> drafts = index.search("en", "de", "draft text of unit " + i, 50, 70);
            assertTrue(drafts.stream().map(FuzzyHit::unitId).distinct().count() == drafts.size(), "no duplicates");
            index.concordance("en", "fr", "final text", 10);
        }
    }

    private static long unitId(int writer, int i) {
        return writer * 1_000_000L + i;
    }
}
