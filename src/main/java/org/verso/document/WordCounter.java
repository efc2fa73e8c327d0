package org.verso.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts words the way CAT tools bill them: ICU's dictionary-based word boundaries, so Chinese and Japanese are
 * counted by word, not by run of characters; punctuation and spaces are not words.
 */
final class WordCounter {

    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private WordCounter() {
    }

    static int count(String text, String languageTag) {
        // BreakIterator is stateful: each call works on its own clone of a per-language prototype.
        BreakIterator words = (BreakIterator) PROTOTYPES
                .computeIfAbsent(languageTag, tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag)))
                .clone();
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }
}
