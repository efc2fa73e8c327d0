package org.verso.qa;

import java.util.List;

/**
 * What a check may look at besides the pair: the languages (BCP 47 tags such as "en", "ru", "fa", "zh", "pt-BR"),
 * the glossary entries of the pair, the other targets the same source got in this document or in the memory, and
 * the longest translation a catalog unit takes (null: no limit). Null lists count as empty.
 */
public record QaContext(String sourceLanguage, String targetLanguage, List<GlossaryTerm> terms,
        List<String> otherTranslationsOfSameSource, Integer maxLength) {

    public QaContext {
        terms = terms == null ? List.of() : terms;
        otherTranslationsOfSameSource = otherTranslationsOfSameSource == null ? List.of() : otherTranslationsOfSameSource;
    }

    /** A context without a maximum length (an article's segment, a catalog unit that names none). */
    public QaContext(String sourceLanguage, String targetLanguage, List<GlossaryTerm> terms,
                     List<String> otherTranslationsOfSameSource) {
        this(sourceLanguage, targetLanguage, terms, otherTranslationsOfSameSource, null);
    }

    /** The context a check works with: an absent one counts as no languages, no glossary, no other translations. */
    static QaContext orEmpty(QaContext context) {
        return context == null ? of("", "") : context;
    }

    /** A context with the two languages only: no glossary, no other translations. */
    public static QaContext of(String sourceLanguage, String targetLanguage) {
        return new QaContext(sourceLanguage, targetLanguage, List.of(), List.of());
    }
}
