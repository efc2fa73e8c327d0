package org.verso.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aligns the segments of an article's current version with those of a new one. Equal runs (Myers' diff over the
 * segment texts) are unchanged; inside a replaced run, an old and a new segment that share at least half of their
 * words (Dice coefficient over word multisets) are the same sentence, edited; the rest are removed and added.
 * Pairing in a replaced run keeps document order, so a sentence never pairs with one before an earlier pair.
 */
final class SourceAlignment {

    /** Two segments sharing fewer words than this are a removal and an addition, not an edit. */
    static final double EDIT_SIMILARITY = 0.5;

    /** Where an old segment went: {@code newIndex} -1 when it was removed. */
    record Pair(int oldIndex, int newIndex, boolean changed) {
    }

    private SourceAlignment() {
    }

    /**
     * One entry per old segment (kept or removed) and per added new segment ({@code oldIndex} -1), in the order of
     * the new version, removed ones where they stood.
     */
    static List<Pair> align(List<String> oldTexts, List<String> newTexts) {
        List<Pair> pairs = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTexts, newTexts).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                pairs.add(new Pair(oldAt++, newAt++, false));
            }
            int oldEnd = oldAt + delta.getSource().size();
            int newEnd = newAt + delta.getTarget().size();
            if (delta.getType() == DeltaType.CHANGE) {
                pairReplaced(oldTexts, newTexts, oldAt, oldEnd, newAt, newEnd, pairs);
            } else {
                while (oldAt < oldEnd) {
                    pairs.add(new Pair(oldAt++, -1, false));
                }
                while (newAt < newEnd) {
                    pairs.add(new Pair(-1, newAt++, false));
                }
            }
            oldAt = oldEnd;
            newAt = newEnd;
        }
        while (oldAt < oldTexts.size()) {
            pairs.add(new Pair(oldAt++, newAt++, false));
        }
        return pairs;
    }

    private static void pairReplaced(List<String> oldTexts, List<String> newTexts, int oldFrom, int oldEnd,
                                     int newFrom, int newEnd, List<Pair> pairs) {
        int nextNew = newFrom;
        for (int o = oldFrom; o < oldEnd; o++) {
            int match = -1;
            double best = EDIT_SIMILARITY;
            for (int n = nextNew; n < newEnd; n++) {
                double similarity = similarity(oldTexts.get(o), newTexts.get(n));
                if (similarity >= best) {
                    best = similarity;
                    match = n;
                    if (similarity == 1.0) {
                        break;
                    }
                }
            }
            if (match < 0) {
                pairs.add(new Pair(o, -1, false));
                continue;
            }
            while (nextNew < match) {
                pairs.add(new Pair(-1, nextNew++, false));
            }
            pairs.add(new Pair(o, match, true));
            nextNew = match + 1;
        }
        while (nextNew < newEnd) {
            pairs.add(new Pair(-1, nextNew++, false));
        }
    }

    /** Dice coefficient of the two texts' word multisets, case and accents kept, punctuation ignored. */
    static double similarity(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() && wordsB.isEmpty()) {
            return a.strip().equals(b.strip()) ? 1.0 : 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        wordsA.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String word : wordsB) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                counts.put(word, left - 1);
                common++;
            }
        }
        return 2.0 * common / (wordsA.size() + wordsB.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return words;
    }
}
