package org.verso.memory.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A query of the benchmark: a held-out source (not in the index) or a lightly edited copy of a stored one. */
record BenchQuery(String pair, String text, boolean heldOut) {

    /**
     * Picks {@code count} queries, each pair's share proportional to its size (a uniformly drawn unit decides
     * the pair). Even-numbered queries are held out: their unit is marked in {@code heldOut} and must not be
     * indexed. Odd ones edit a stored source: one word replaced, added or removed.
     */
    static List<BenchQuery> sample(List<MoCorpus.Unit> units, int count, long seed, Set<Integer> heldOut) {
        Random random = new Random(seed);
        List<BenchQuery> queries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (queries.size() < count) {
            int at = random.nextInt(units.size());
            MoCorpus.Unit unit = units.get(at);
            String[] words = unit.source().split(" ");
            if (words.length < 3 || words.length > 40 || heldOut.contains(at) || !used.add(unit.target() + unit.source())) {
                continue;
            }
            if (queries.size() % 2 == 0) {
                heldOut.add(at);
                queries.add(new BenchQuery(unit.target(), unit.source(), true));
            } else {
                String donor = units.get(random.nextInt(units.size())).source().split(" ")[0];
                queries.add(new BenchQuery(unit.target(), edit(random, words, donor), false));
            }
        }
        return queries;
    }

    private static String edit(Random random, String[] words, String donor) {
        List<String> out = new ArrayList<>(List.of(words));
        int at = random.nextInt(out.size());
        switch (random.nextInt(3)) {
            case 0 -> out.set(at, donor);
            case 1 -> out.add(at, donor);
            default -> out.remove(at);
        }
        return String.join(" ", out);
    }
}
