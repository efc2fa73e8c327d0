package org.verso.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the words of a term may change their endings in one language, so that "войска" finds "войсками" and
 * "Waffenruhe" finds "Waffenruhen", without a dictionary.
 *
 * <p>Two words are the same term word when both are <em>one stem of at least {@value #MIN_STEM} letters followed
 * by an ending of the language</em>, or by none. An ending is one of the language's inflectional endings (case,
 * number, gender, the English possessive); in the agglutinating languages (Turkic, Tajik, Persian) up to three of them in a
 * row ("қӯшун|ҳо|ро", "Türkiye|'|nin"). Only term words of at least {@value #MIN_LETTERS} letters inflect; shorter
 * ones, and all words of a language without a list here, match whole.
 *
 * <p>Why a list of endings and not "the stem plus a few letters": a newsroom's forbidden terms are often a shorter
 * name inside the correct one. "Таджикия" is "таджики" + "я"; "Таджикистан" is "таджики" + "стан", and "стан" is
 * no Russian ending, so the forbidden term stays quiet on the correct name while "Таджикии", "Таджикией" are found.
 *
 * <p>Why the Slavic languages ({@link #bareStemOk}) let a stem stand without ending only after a consonant: their
 * nouns have a form without ending only there ("войск", the genitive plural of "войска"). Without the rule the
 * forbidden "Таджикия" (stem "таджики") would find "таджики", the plural of "таджик" (Tajiks).
 *
 * <p>Known limits: stem changes are missed ("ребёнок"/"дети", "Haus"/"Häuser", "огонь"/"огня"), and two words that
 * happen to share a stem match ("метро" / "метра").
 */
final class Inflection {

    static final int MIN_LETTERS = 5;
    static final int MIN_STEM = 4;
    private static final Inflection NONE = new Inflection(0, null);
    private static final String RU_CONSONANTS = "бвгджзклмнпрстфхцчшщ";

    private static final Map<String, Inflection> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", new Inflection(1, null, "s", "es", "'s")),
            Map.entry("ru", new Inflection(1, RU_CONSONANTS, "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
                    "ой", "ей", "ою", "ею", "ью", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями", "ьми", "ов", "ев",
                    "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им", "ых", "их",
                    "ыми", "ими", "ую", "юю")),
            Map.entry("uk", new Inflection(1, RU_CONSONANTS + "ґ", "а", "я", "о", "е", "и", "і",
                    "у", "ю", "ь", "й", "ів", "їв", "ам", "ям", "ом", "ем", "ах", "ях", "ами", "ями", "ою", "ею", "ові",
                    "еві", "ий", "ій", "ого", "ому", "ої", "им", "ім", "их", "іх", "ими", "іми")),
            Map.entry("be", new Inflection(1, RU_CONSONANTS.replace("щ", "") + "ў", "а", "я", "о", "е", "ы", "і",
                    "у", "ю", "ь", "й", "аў", "яў", "ам", "ям", "ом", "ем", "ах", "ях", "амі", "ямі", "ой", "ей", "ою",
                    "ею", "ага", "яга", "аму", "яму", "ых", "іх", "ым", "ім", "ымі", "імі", "ую", "юю", "ая", "яя")),
            Map.entry("pl", new Inflection(1, "bcćdfghjklłmnńpqrsśtvwxzźż", "a", "y", "i", "e", "u", "o", "ie", "ów",
                    "om", "ami", "ach", "ą", "ę", "em", "owi", "ego", "emu", "ej", "ym", "im", "ymi", "imi", "ych",
                    "ich")),
            Map.entry("tg", new Inflection(3, null, "и", "ӣ", "ҳо", "он", "ён", "ро", "ам", "ат", "аш", "амон",
                    "атон", "ашон", "ҳои")),
            // Persian suffixes: attached ("قراردادی") or after a zero-width non-joiner ("قرارداد‌ها"), which ICU keeps
            // inside the word.
            Map.entry("fa", new Inflection(3, null, "\u200c", "ی", "ای", "ها", "های", "ش", "شان", "م", "مان", "ت",
                    "تان")),
            Map.entry("uz", new Inflection(3, null, "lar", "ni", "ning", "ga", "ka", "qa", "da", "dan", "i", "si",
                    "im", "ing", "imiz", "ingiz", "dagi", "лар", "ни", "нинг", "га", "ка", "қа", "да", "дан", "и",
                    "си", "им", "инг", "имиз", "ингиз", "даги")),
            Map.entry("kk", new Inflection(3, null, "лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "дың",
                    "дің", "тың", "тің", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан", "тен",
                    "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні", "ы", "і", "сы", "сі")),
            Map.entry("ky", new Inflection(3, null, "лар", "лер", "дар", "дер", "тар", "тер", "нын", "нин", "дын",
                    "дин", "тын", "тин", "га", "ге", "ка", "ке", "да", "де", "та", "те", "дан", "ден", "тан", "тен",
                    "ды", "ди", "ты", "ти", "ны", "ни", "ы", "и", "сы", "си")),
            Map.entry("tr", new Inflection(3, null, "'", "lar", "ler", "ı", "i", "u", "ü", "ın", "in", "un", "ün",
                    "nın", "nin", "nun", "nün", "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan",
                    "ten")),
            Map.entry("az", new Inflection(3, null, "'", "lar", "lər", "ı", "i", "u", "ü", "ın", "in", "un", "ün",
                    "nın", "nin", "a", "ə", "ya", "yə", "da", "də", "dan", "dən")),
            Map.entry("de", new Inflection(1, null, "e", "en", "er", "es", "n", "s", "ern", "em", "nen")),
            Map.entry("nl", new Inflection(1, null, "s", "en", "'s")),
            Map.entry("fr", new Inflection(1, null, "s", "x", "e", "es")),
            Map.entry("es", new Inflection(1, null, "s", "es", "a", "as", "o", "os")),
            Map.entry("ca", new Inflection(1, null, "s", "es", "a", "as", "os")),
            Map.entry("it", new Inflection(1, null, "a", "e", "i", "o")),
            Map.entry("pt", new Inflection(1, null, "s", "es", "a", "as", "o", "os", "ão", "ões", "ães", "ãos")));

    private final int maxEndings;
    private final String bareStemAfter;
    private final Set<String> endings;
    private final int longestEnding;

    /**
     * @param maxEndings how many endings may follow one another
     * @param bareStemAfter the letters after which a stem may stand without ending; null: after any
     */
    private Inflection(int maxEndings, String bareStemAfter, String... endings) {
        this.maxEndings = maxEndings;
        this.bareStemAfter = bareStemAfter;
        this.endings = Set.of(endings);
        this.longestEnding = this.endings.stream().mapToInt(String::length).max().orElse(0) * maxEndings;
    }

    /** The rule of a language tag's primary subtag; a language without one (or no tag) matches whole words. */
    static Inflection of(String language) {
        String primary = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return BY_LANGUAGE.getOrDefault(primary, NONE);
    }

    /** Whether a term word (lower case) may match other forms than itself. */
    boolean inflects(String folded) {
        return this != NONE && folded.codePointCount(0, folded.length()) >= MIN_LETTERS;
    }

    /**
     * @param folded a word in lower case
     * @return the lengths at which the word splits into a stem and an ending (or, at its own length, no ending),
     *         shortest first; empty in a language without endings
     */
    List<Integer> stemLengths(String folded) {
        List<Integer> lengths = new ArrayList<>();
        if (this == NONE) {
            return lengths;
        }
        for (int stem = Math.max(MIN_STEM, folded.length() - longestEnding); stem < folded.length(); stem++) {
            if (isEnding(folded.substring(stem), maxEndings)) {
                lengths.add(stem);
            }
        }
        if (folded.length() >= MIN_STEM && bareStemOk(folded)) {
            lengths.add(folded.length());
        }
        return lengths;
    }

    private boolean isEnding(String letters, int parts) {
        if (endings.contains(letters)) {
            return true;
        }
        for (int cut = 1; parts > 1 && cut < letters.length(); cut++) {
            if (endings.contains(letters.substring(0, cut)) && isEnding(letters.substring(cut), parts - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean bareStemOk(String folded) {
        return bareStemAfter == null || bareStemAfter.indexOf(folded.charAt(folded.length() - 1)) >= 0;
    }
}
