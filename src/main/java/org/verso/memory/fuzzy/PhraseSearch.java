package org.verso.memory.fuzzy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Concordance: the units whose source holds a phrase as whole tokens in sequence, case-insensitively (numbers
 * and punctuation must be equal). Candidates come from the posting list of the phrase's rarest key; a contiguous
 * run of the phrase's keys in the stored keys is required, then the full token sequence is compared.
 */
final class PhraseSearch {

    private final int[] keys;
    private final List<String> phrase;

    PhraseSearch(WordTokens phrase, int[] keys) {
        this.keys = keys;
        this.phrase = comparable(phrase);
    }

    /** Needs the pair's read lock; the phrase has at least one word or number, {@code limit} is positive. */
    List<Long> run(PairIndex pair, int limit) {
        int rarest = keys[0];
        for (int key : keys) {
            if (pair.postingSize(key) < pair.postingSize(rarest)) {
                rarest = key;
            }
        }
        PostingReader list = pair.postings(rarest);
        PriorityQueue<Long> oldestFirst = new PriorityQueue<>();
        while (list.hasNext()) {
            int position = list.next();
            int[] stored = pair.keys(position);
            if (stored != null && containsRun(stored) && containsPhrase(pair.source(position))) {
                oldestFirst.add(pair.unitId(position));
                if (oldestFirst.size() > limit) {
                    oldestFirst.poll();
                }
            }
        }
        List<Long> newestFirst = new ArrayList<>(oldestFirst);
        newestFirst.sort((a, b) -> Long.compare(b, a));
        return newestFirst;
    }

    private boolean containsRun(int[] stored) {
        for (int start = 0; start + keys.length <= stored.length; start++) {
            int i = 0;
            while (i < keys.length && stored[start + i] == keys[i]) {
                i++;
            }
            if (i == keys.length) {
                return true;
            }
        }
        return false;
    }

    private boolean containsPhrase(String source) {
        return Collections.indexOfSubList(comparable(WordTokens.of(source)), phrase) >= 0;
    }

    /** Every token as compared here: words lower-cased, numbers and punctuation as written. */
    private static List<String> comparable(WordTokens tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.kind(i) == WordTokens.Kind.WORD ? tokens.key(i) : tokens.original(i));
        }
        return out;
    }
}
