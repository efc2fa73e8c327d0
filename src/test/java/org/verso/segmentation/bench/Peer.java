package org.verso.segmentation.bench;

import java.util.List;
import java.util.function.Function;
import org.verso.segmentation.Segmenter;
import org.verso.segmentation.Segmenters;

/** One segmenter under comparison: a column name and how to obtain it for a BCP 47 language tag. */
record Peer(String name, Function<String, Segmenter> forLanguage) {

    static final Peer VERSO = new Peer("Verso", Segmenters::forLanguage);
    static final Peer JDK = new Peer("java.text.BreakIterator", JdkSentenceSegmenter::new);
    static final Peer ICU = new Peer("ICU4J BreakIterator", IcuSentenceSegmenter::plain);
    static final Peer ICU_SUPPRESSIONS = new Peer("ICU4J + suppressions", IcuSentenceSegmenter::withSuppressions);
    static final Peer OKAPI_SRX = new Peer("Okapi SRX (default rules)", OkapiSrxSegmenter::new);

    /** The accuracy columns: Verso first, then its peers. */
    static List<Peer> all() {
        return List.of(VERSO, JDK, ICU, ICU_SUPPRESSIONS, OKAPI_SRX);
    }

    Segmenter segmenterFor(String language) {
        return forLanguage.apply(language);
    }
}
