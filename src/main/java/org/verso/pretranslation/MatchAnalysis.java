package org.verso.pretranslation;

import java.util.List;

/** Words per match band for one document and language, and the weighted total a translator is paid by. */
public record MatchAnalysis(long documentId, String language, List<Band> bands, int totalWords, double weightedWords,
                            int totalSegments) {

    /** One band: how many segments and words fall in it, and their weighted words. */
    public record Band(String band, String name, int weight, int segments, int words, double weightedWords) {
    }
}
