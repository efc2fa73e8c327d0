package org.verso.qa;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decimal mark a language writes between whole and fraction with Latin digits, as CLDR (ICU4J) has it: ','
 * for ru, de, fr, es, pt-BR; '.' for en, zh, ja, de-CH, fa (whose own mark '٫' is recognised everywhere anyway).
 * Asked once per tag.
 */
final class NumberSymbols {

    private static final Map<String, Character> DECIMAL = new ConcurrentHashMap<>();

    private NumberSymbols() {
    }

    /** '.' or ','; '.' for an empty or unknown tag. */
    static char decimalMark(String languageTag) {
        String tag = Texts.of(languageTag).strip().replace('_', '-');
        return DECIMAL.computeIfAbsent(tag, NumberSymbols::lookUp);
    }

    private static char lookUp(String tag) {
        try {
            ULocale locale = ULocale.forLanguageTag(tag);
            char own = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
            if (own == '.' || own == ',') {
                return own;
            }
            char latin = DecimalFormatSymbols.getInstance(locale.setKeywordValue("numbers", "latn"))
                    .getDecimalSeparator();
            return latin == ',' ? ',' : '.';
        } catch (RuntimeException e) {
            return '.';
        }
    }
}
