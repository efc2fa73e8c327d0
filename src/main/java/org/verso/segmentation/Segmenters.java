package org.verso.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Hands out the segmenter for a language, compiled from Verso's bundled SRX rules
 * ({@code org/verso/segmentation/verso.srx}). Segmenters are cached per set of language rules and
 * shared: they are immutable and thread-safe.
 */
public final class Segmenters {

    static final String BUNDLED_RULES = "org/verso/segmentation/verso.srx";

    /** The languages the bundled rules have rules of their own for; any other tag gets the generic ones. */
    public static final List<String> COVERED_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk",
            "tg", "uz", "kk", "ky", "fa", "ar", "tr", "pl", "zh", "ja");

    private Segmenters() {
    }

    /**
     * The segmenter for {@code bcp47Tag}. Tags are matched ignoring case, and {@code _} counts as
     * {@code -}; "en-GB" and "en" share one. A language without rules of its own, or a tag that is
     * not well formed, gets the generic rules.
     */
    public static Segmenter forLanguage(String bcp47Tag) {
        Objects.requireNonNull(bcp47Tag, "bcp47Tag");
        return Bundled.RULES.compile(normalized(bcp47Tag));
    }

    /**
     * Compiles the segmenters of every covered language (and the generic one) ahead of use. The first
     * compilation works out the character filters of every rule, about a second of CPU; a server
     * calls this at start-up, off the request path, so the first import does not wait for it.
     */
    public static void prepareAll() {
        COVERED_LANGUAGES.forEach(Segmenters::forLanguage);
        forLanguage("und");
    }

    /** Verso's own rules, as a document to inspect or to compile for a tag. */
    public static SrxDocument bundledRules() {
        return Bundled.RULES;
    }

    private static String normalized(String bcp47Tag) {
        return Locale.forLanguageTag(bcp47Tag.strip().replace('_', '-')).toLanguageTag();
    }

    /** Loaded on first use, once. */
    private static final class Bundled {
        static final SrxDocument RULES = load();

        private static SrxDocument load() {
            try (InputStream in = Segmenters.class.getClassLoader().getResourceAsStream(BUNDLED_RULES)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled segmentation rules are missing: " + BUNDLED_RULES);
                }
                return SrxDocument.parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled segmentation rules cannot be read", e);
            }
        }
    }
}
