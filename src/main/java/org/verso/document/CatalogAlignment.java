package org.verso.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns a catalog's current units with a new version's by key and context, never by text: a unit whose key stays
 * keeps its segment (changed when its text or plural forms did). Units left over on both sides (a gettext msgid is
 * its own key, so an edited PO string has a new one) are aligned by text as an article's sentences are, so an edit
 * still becomes FUZZY rather than a removal and an addition.
 */
final class CatalogAlignment {

    private CatalogAlignment() {
    }

    static List<SourceAlignment.Pair> align(List<Segment> current, List<SourceSegments.NewSegment> fresh) {
        Map<String, Deque<Integer>> byIdentity = new HashMap<>();
        for (int o = 0; o < current.size(); o++) {
            Segment old = current.get(o);
            if (old.unitKey != null) {
                byIdentity.computeIfAbsent(CatalogUnits.identity(old.unitKey, old.unitContext),
                        k -> new ArrayDeque<>()).add(o);
            }
        }
        List<SourceAlignment.Pair> pairs = new ArrayList<>();
        boolean[] kept = new boolean[current.size()];
        List<Integer> newLeft = new ArrayList<>();
        for (int n = 0; n < fresh.size(); n++) {
            SourceSegments.NewSegment next = fresh.get(n);
            Deque<Integer> same = byIdentity.get(CatalogUnits.identity(next.unit().key(), next.unit().context()));
            Integer o = same == null ? null : same.poll();
            if (o == null) {
                newLeft.add(n);
                continue;
            }
            kept[o] = true;
            pairs.add(new SourceAlignment.Pair(o, n, CatalogUnits.changed(current.get(o), next.unit())));
        }
        List<Integer> oldLeft = new ArrayList<>();
        for (int o = 0; o < current.size(); o++) {
            if (!kept[o]) {
                oldLeft.add(o);
            }
        }
        for (SourceAlignment.Pair pair : SourceAlignment.align(oldLeft.stream().map(o -> current.get(o).sourceText)
                .toList(), newLeft.stream().map(n -> fresh.get(n).text()).toList())) {
            int o = pair.oldIndex() < 0 ? -1 : oldLeft.get(pair.oldIndex());
            int n = pair.newIndex() < 0 ? -1 : newLeft.get(pair.newIndex());
            boolean changed = o >= 0 && n >= 0 && CatalogUnits.changed(current.get(o), fresh.get(n).unit());
            pairs.add(new SourceAlignment.Pair(o, n, changed));
        }
        return pairs;
    }
}
