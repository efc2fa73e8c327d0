package org.verso.memory;

/** How many units the memory holds for one language pair. */
public record PairCount(String sourceLanguage, String targetLanguage, long units) {
}
