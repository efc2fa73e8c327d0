package org.verso.machine.engine;

import java.util.List;

/**
 * One machine translation engine behind its HTTP API. Texts go in and come out as markup: the caller protects
 * inline codes and placeholders as XML tags ({@link MarkupProtection}) and each engine is asked to keep tags.
 * Every method throws {@link MtUnavailableException} when the engine cannot answer.
 */
public interface MtProvider {

    /** Stable id used in the API and in origins ("mt:apertium"). */
    String id();

    /** A human name ("Apertium"). */
    String name();

    /** The directions the engine offers now, as BCP 47 pairs. */
    List<LanguagePair> pairs();

    /** Translations of the texts, in order; the engine is sent at most {@link #batchSize()} texts per request. */
    List<String> translate(LanguagePair pair, List<String> markup);

    /** Texts per request the engine's API accepts. */
    int batchSize();
}
