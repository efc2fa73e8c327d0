package org.verso.terms;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A light stemming rule for languages whose words change their endings (issue 5: "Russian and Tajik inflect
 * heavily"): a term word of at least {@value #MIN_LETTERS} letters loses its longest known ending — never below
 * {@value #MIN_STEM} letters — and matches any text word that starts with what is left and is at most
 * {@code maxExtra} letters longer. "войска" → "войск" matches "войск", "войсками". It is no stemmer: endings
 * that change the stem ("ребёнок"/"дети") are missed, and a longer word with the same start ("troop" /
 * "trooper") is a false hit. Other languages, and shorter words, match whole.
 */
final class Inflection {

    static final int MIN_LETTERS = 5;
    static final int MIN_STEM = 4;
    private static final Inflection NONE = new Inflection(0);

    private static final Map<String, Inflection> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", new Inflection(2, "'s", "es", "s")),
            Map.entry("ru", new Inflection(4, "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "ой", "ей", "ий",
                    "ый", "ая", "яя", "ое", "ее", "ие", "ые", "ов", "ев", "ам", "ям", "ом", "ем", "ах", "ях", "ами",
                    "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ую", "юю")),
            Map.entry("uk", new Inflection(4, "а", "я", "о", "е", "и", "і", "у", "ю", "ь", "й", "ів", "їв", "ам",
                    "ям", "ом", "ем", "ах", "ях", "ами", "ями", "ою", "ею", "ий", "ого", "ому", "ої")),
            Map.entry("tg", new Inflection(5, "и", "ӣ", "ҳо", "он", "ён", "ро", "ам", "ат", "аш", "ҳои")),
            Map.entry("uz", new Inflection(6, "lar", "ni", "ning", "ga", "da", "dan", "i", "si")),
            Map.entry("kk", new Inflection(6, "лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "ға", "ге",
                    "да", "де", "дан", "ден", "ды", "ді", "ны", "ні")),
            Map.entry("ky", new Inflection(6, "лар", "лер", "дар", "дер", "тар", "тер", "нын", "нин", "га", "ге",
                    "да", "де", "дан", "ден", "ды", "ди", "ны", "ни")),
            Map.entry("tr", new Inflection(6, "lar", "ler", "ı", "i", "u", "ü", "ın", "in", "un", "ün", "nın",
                    "nin", "a", "e", "da", "de", "ta", "te", "dan", "den", "tan", "ten")),
            Map.entry("pl", new Inflection(4, "a", "y", "i", "e", "u", "ie", "ów", "om", "ami", "ach", "ą", "ę",
                    "em", "owi", "ego", "emu", "ej", "ym", "im")),
            Map.entry("de", new Inflection(3, "e", "en", "er", "es", "n", "s", "ern", "em")),
            Map.entry("fr", new Inflection(2, "s", "x", "e", "es")),
            Map.entry("es", new Inflection(2, "s", "es", "a", "as", "o", "os")),
            Map.entry("it", new Inflection(2, "a", "e", "i", "o")),
            Map.entry("pt", new Inflection(3, "s", "es", "a", "as", "o", "os", "ões")));

    private final int maxExtra;
    private final List<String> endings;

    private Inflection(int maxExtra, String... endings) {
        this.maxExtra = maxExtra;
        this.endings = Stream.of(endings).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The rule of a language tag's primary subtag; languages without one match whole words. */
    static Inflection of(String language) {
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return BY_LANGUAGE.getOrDefault(primary, NONE);
    }

    /** How many letters longer than a stem a text word may be. */
    int maxExtra() {
        return maxExtra;
    }

    /**
     * @param folded a term word in lower case
     * @return how many chars of the word's end to drop to get its stem, or -1 when the word must match whole
     */
    int cut(String folded) {
        if (this == NONE || folded.codePointCount(0, folded.length()) < MIN_LETTERS) {
            return -1;
        }
        for (String ending : endings) {
            if (folded.endsWith(ending) && folded.codePointCount(0, folded.length() - ending.length()) >= MIN_STEM) {
                return ending.length();
            }
        }
        return 0;
    }
}
