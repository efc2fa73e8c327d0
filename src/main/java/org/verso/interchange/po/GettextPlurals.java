package org.verso.interchange.po;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.verso.interchange.catalog.PluralCategories;

/**
 * gettext's {@code Plural-Forms} of a target language and which CLDR category each {@code msgstr[n]} holds. The
 * expressions are the ones GNU gettext and the Unicode CLDR's gettext tables give; a language not listed takes the
 * expression that fits its CLDR categories when they are one of the two simple shapes (other; one + other).
 */
public final class GettextPlurals {

    /** One language's header value and its forms' categories in msgstr order. */
    public record Rule(String expression, List<String> categories) {

        public int count() {
            return categories.size();
        }

        public String header() {
            return "nplurals=" + count() + "; plural=" + expression + ";";
        }
    }

    private static final List<String> ONE_OTHER = List.of("one", "other");
    private static final List<String> ONE_FEW_MANY = List.of("one", "few", "many");
    private static final Rule SINGLE = new Rule("0", List.of("other"));
    private static final Rule NOT_ONE = new Rule("(n != 1)", ONE_OTHER);
    private static final Rule ABOVE_ONE = new Rule("(n > 1)", ONE_OTHER);
    private static final String SLAVIC = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20)"
            + " ? 1 : 2)";

    private static final Map<String, Rule> TABLE = Map.ofEntries(
            Map.entry("ru", new Rule(SLAVIC, ONE_FEW_MANY)), Map.entry("uk", new Rule(SLAVIC, ONE_FEW_MANY)),
            Map.entry("be", new Rule(SLAVIC, ONE_FEW_MANY)),
            Map.entry("pl", new Rule("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)",
                    ONE_FEW_MANY)),
            Map.entry("cs", new Rule("((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2)", List.of("one", "few", "other"))),
            Map.entry("sk", new Rule("((n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2)", List.of("one", "few", "other"))),
            Map.entry("ar", new Rule("(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)",
                    List.of("zero", "one", "two", "few", "many", "other"))),
            Map.entry("fr", ABOVE_ONE), Map.entry("fa", ABOVE_ONE), Map.entry("pt", ABOVE_ONE),
            Map.entry("tg", SINGLE));

    private GettextPlurals() {
    }

    /** The rule for a BCP 47 tag (its language subtag decides); empty for a language gettext needs a table for. */
    public static Optional<Rule> forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        Rule listed = TABLE.get(language);
        if (listed != null) {
            return Optional.of(listed);
        }
        List<String> categories = PluralCategories.of(languageTag);
        if (categories.equals(List.of("other"))) {
            return Optional.of(SINGLE);
        }
        return categories.equals(ONE_OTHER) ? Optional.of(NOT_ONE) : Optional.empty();
    }

    /** The languages the table names besides those CLDR's simple shapes give. */
    public static List<String> listed() {
        return TABLE.keySet().stream().sorted().toList();
    }
}
