package org.verso.web;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;

/**
 * The CLDR plural category of a count in a language, for messages that name a count: each localized bundle file
 * branches on its own language's categories, e.g. in Russian
 * {@code {#when n.cldrPlural('ru')}{#is 'one'}{n} сегмент{#is 'few'}{n} сегмента{#else}{n} сегментов{/when}}.
 */
@TemplateExtension
public final class CldrPlural {

    private CldrPlural() {
    }

    /** {@code one}, {@code few}, {@code many}, {@code other}… for the count in the given BCP 47 language. */
    static String cldrPlural(long count, String language) {
        return PluralRules.forLocale(ULocale.forLanguageTag(language)).select(count);
    }

    static String cldrPlural(int count, String language) {
        return cldrPlural((long) count, language);
    }
}
