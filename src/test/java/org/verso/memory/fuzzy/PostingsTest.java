package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class PostingsTest {

    private static final int[][] WINDOWS = {{0, 255}, {1, 1}, {3, 4}, {6, 11}, {14, 28}, {40, 255}, {255, 255},
        {61, 200}};
    private final Random random = new Random(24);
    private final int[] lengths = new int[40_000];
    private final Postings postings = new Postings(position -> lengths[position]);

    @Test
    void groupedListsGiveEveryPositionOfTheWindowInOrder() {
        fill(40_000);
        checkAll(p -> true);
        postings.trim();
        checkAll(p -> true);
    }

    @Test
    void purgeKeepsOnlyLivePositionsAndListsStayReadable() {
        fill(30_000);
        IntPredicate live = p -> p % 3 != 0 && p < 25_000;
        postings.purge(live);
        checkAll(live);
        for (int position = 30_000; position < 40_000; position++) {
            lengths[position] = 1 + random.nextInt(60);
            postings.add(1, position);
        }
        IntPredicate after = p -> live.test(p) || p >= 30_000;
        for (int[] window : WINDOWS) {
            check(1, window[0], window[1], after);
        }
    }

    /** Key 1 in every position, key 2 in every tenth, key 3 in a few: long grouped lists, short plain ones. */
    private void fill(int count) {
        for (int position = 0; position < count; position++) {
            lengths[position] = position % 97 == 0 ? 255 : 1 + random.nextInt(60);
            postings.add(1, position);
            if (position % 10 == 0) {
                postings.add(2, position);
            }
            if (position % 1000 == 0) {
                postings.add(3, position);
            }
        }
    }

    private void checkAll(IntPredicate live) {
        for (int key = 1; key <= 4; key++) {
            for (int[] window : WINDOWS) {
                check(key, window[0], window[1], live);
            }
        }
    }

    private void check(int key, int lo, int hi, IntPredicate live) {
        List<Integer> read = new ArrayList<>();
        PostingReader reader = postings.reader(key, lo, hi);
        while (reader.hasNext()) {
            read.add(reader.next());
        }
        for (int i = 1; i < read.size(); i++) {
            assertTrue(read.get(i - 1) < read.get(i), "ascending");
        }
        List<Integer> expected = new ArrayList<>();
        for (int position = 0; position < lengths.length; position++) {
            if (live.test(position) && holds(key, position) && lengths[position] >= lo && lengths[position] <= hi) {
                expected.add(position);
            }
        }
        List<Integer> inWindow = read.stream().filter(p -> lengths[p] >= lo && lengths[p] <= hi).toList();
        assertEquals(expected, inWindow, "key " + key + " window " + lo + "-" + hi);
        assertEquals(read.size(), postings.count(key, lo, hi), "count of what the reader gives");
        assertTrue(read.size() <= postings.count(key));
    }

    private boolean holds(int key, int position) {
        return switch (key) {
            case 1 -> lengths[position] > 0;
            case 2 -> position % 10 == 0 && lengths[position] > 0;
            case 3 -> position % 1000 == 0 && lengths[position] > 0;
            default -> false;
        };
    }
}
