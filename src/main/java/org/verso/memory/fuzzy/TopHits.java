package org.verso.memory.fuzzy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The best {@code limit} hits seen so far: score descending, then unit id descending (newest first). */
final class TopHits {

    static final Comparator<FuzzyHit> BEST_FIRST = Comparator.comparingInt(FuzzyHit::score).reversed()
            .thenComparing(Comparator.comparingLong(FuzzyHit::unitId).reversed());

    private final int limit;
    private final PriorityQueue<FuzzyHit> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());

    TopHits(int limit) {
        this.limit = limit;
    }

    void offer(long unitId, int score) {
        FuzzyHit hit = new FuzzyHit(unitId, score);
        if (worstFirst.size() < limit) {
            worstFirst.add(hit);
        } else if (BEST_FIRST.compare(hit, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(hit);
        }
    }

    /** The lowest score a new hit needs to enter: the threshold until the list is full, then the worst score. */
    int floor(int threshold) {
        return worstFirst.size() < limit ? threshold : Math.max(threshold, worstFirst.peek().score());
    }

    /** Whether a hit of {@code unitId} scoring {@code score} (≥ {@code threshold}) would enter now. */
    boolean couldEnter(long unitId, int score, int threshold) {
        if (score < threshold) {
            return false;
        }
        if (worstFirst.size() < limit) {
            return true;
        }
        FuzzyHit worst = worstFirst.peek();
        return score > worst.score() || score == worst.score() && unitId > worst.unitId();
    }

    List<FuzzyHit> bestFirst() {
        List<FuzzyHit> out = new ArrayList<>(worstFirst);
        out.sort(BEST_FIRST);
        return out;
    }
}
