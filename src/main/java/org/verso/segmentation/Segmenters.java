package org.verso.segmentation;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Hands out the segmenter for a language. Segmenters are shared: they are immutable and thread-safe. */
public final class Segmenters {

    /** Keyed by the languages that have rules of their own plus one generic key, so it stays small. */
    private static final ConcurrentMap<String, Segmenter> CACHE = new ConcurrentHashMap<>();

    private Segmenters() {
    }

    /**
     * The segmenter for the primary language subtag of {@code bcp47Tag} ("en-GB" and "en" share one);
     * a language without rules of its own, or a tag that is not well formed, gets the generic rules.
     */
    public static Segmenter forLanguage(String bcp47Tag) {
        Objects.requireNonNull(bcp47Tag, "bcp47Tag");
        String key = BundledLanguageRules.keyFor(primarySubtag(bcp47Tag));
        return CACHE.computeIfAbsent(key, k -> new RuleBasedSegmenter(BundledLanguageRules.forKey(k)));
    }

    private static String primarySubtag(String bcp47Tag) {
        return Locale.forLanguageTag(bcp47Tag.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }
}
