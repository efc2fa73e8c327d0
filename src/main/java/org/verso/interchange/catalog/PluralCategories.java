package org.verso.interchange.catalog;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Set;

/** The plural categories a language's numbers take, from CLDR (ICU4J's plural rules), in CLDR order. */
public final class PluralCategories {

    private PluralCategories() {
    }

    /** Russian: one, few, many, other; Arabic: all six; Japanese: other. */
    public static List<String> of(String languageTag) {
        Set<String> keywords = PluralRules.forLocale(ULocale.forLanguageTag(languageTag)).getKeywords();
        return PluralText.CATEGORIES.stream().filter(keywords::contains).toList();
    }

    /**
     * The form a translation gives for {@code category}: its own, else its {@code other}; a source's forms are
     * asked the same way when the target language has a category the source has not.
     */
    public static String formFor(java.util.Map<String, String> forms, String category) {
        String form = forms.get(category);
        return form != null && !form.isEmpty() ? form : forms.getOrDefault("other", "");
    }
}
