package org.verso.qa;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that end a sentence in a language, by kind: "?" is "؟" in Persian, Arabic and Urdu, "？" in Chinese and
 * Japanese; "." is "۔" in Urdu, "。" in Chinese and Japanese, "।" in Hindi. Thai, Lao and Khmer may end a sentence
 * without a mark.
 */
final class EndMarks {

    enum Kind { FULL_STOP, QUESTION, EXCLAMATION, ELLIPSIS, COLON, SEMICOLON, NONE }

    /** A Verso inline code ({@code <1>}, {@code </1>}, {@code <2/>}) at the end of a region. */
    private static final Pattern CODE_AT_END = Pattern.compile("</?[1-9][0-9]{0,3}/?>$");

    /** Closing quotes and brackets skipped before the end mark: «He left.» ends with a full stop. */
    static final String CLOSERS = "\"'”’»›」』）)]}】〉》";
    private static final String QUOTE_CLOSERS = "\"'”’»›」』";

    private static final Map<Kind, String> DEFAULT = Map.of(Kind.FULL_STOP, ".", Kind.QUESTION, "?",
            Kind.EXCLAMATION, "!", Kind.ELLIPSIS, "…", Kind.COLON, ":", Kind.SEMICOLON, ";");
    private static final Map<Kind, String> ARABIC_SCRIPT = Map.of(Kind.FULL_STOP, ".", Kind.QUESTION, "؟",
            Kind.EXCLAMATION, "!", Kind.ELLIPSIS, "…", Kind.COLON, ":", Kind.SEMICOLON, "؛");
    private static final Map<Kind, String> URDU = Map.of(Kind.FULL_STOP, "۔", Kind.QUESTION, "؟",
            Kind.EXCLAMATION, "!", Kind.ELLIPSIS, "…", Kind.COLON, ":", Kind.SEMICOLON, "؛");
    private static final Map<Kind, String> CJK = Map.of(Kind.FULL_STOP, "。．", Kind.QUESTION, "？",
            Kind.EXCLAMATION, "！", Kind.ELLIPSIS, "…", Kind.COLON, "：", Kind.SEMICOLON, "；");
    private static final Map<Kind, String> DEVANAGARI = Map.of(Kind.FULL_STOP, "।.", Kind.QUESTION, "?",
            Kind.EXCLAMATION, "!", Kind.ELLIPSIS, "…", Kind.COLON, ":", Kind.SEMICOLON, ";");
    private static final Map<Kind, String> GREEK = Map.of(Kind.FULL_STOP, ".", Kind.QUESTION, "\u037E;",
            Kind.EXCLAMATION, "!", Kind.ELLIPSIS, "…", Kind.COLON, ":", Kind.SEMICOLON, "·");
    private static final Map<String, Map<Kind, String>> BY_LANGUAGE = Map.ofEntries(Map.entry("fa", ARABIC_SCRIPT),
            Map.entry("ar", ARABIC_SCRIPT), Map.entry("ps", ARABIC_SCRIPT), Map.entry("ckb", ARABIC_SCRIPT),
            Map.entry("ur", URDU), Map.entry("zh", CJK), Map.entry("ja", CJK), Map.entry("yue", CJK),
            Map.entry("hi", DEVANAGARI), Map.entry("mr", DEVANAGARI), Map.entry("ne", DEVANAGARI),
            Map.entry("el", GREEK));
    private static final String OPTIONAL_FULL_STOP = "th lo km";

    private EndMarks() {
    }

    /** The marks of {@code kind} in the language; "" for NONE. */
    static String marks(String language, Kind kind) {
        return kind == Kind.NONE ? "" : BY_LANGUAGE.getOrDefault(Languages.primary(language), DEFAULT).get(kind);
    }

    static boolean fullStopOptional(String language) {
        String primary = Languages.primary(language);
        return !primary.isEmpty() && OPTIONAL_FULL_STOP.contains(primary);
    }

    /**
     * The last character before trailing whitespace, closing quotes and brackets and inline codes ("website.<2/>" ends
     * with "."); "" when there is none.
     */
    static String lastMark(String text) {
        String t = Texts.strip(text);
        int end = t.length();
        while (end > 0) {
            char last = t.charAt(end - 1);
            Matcher code = last == '>' ? CODE_AT_END.matcher(t).region(0, end) : null;
            if (CLOSERS.indexOf(last) >= 0 || Texts.isSpace(last)) {
                end--;
            } else if (code != null && code.find()) {
                end = code.start();
            } else {
                break;
            }
        }
        if (end >= 3 && t.startsWith("...", end - 3)) {
            return "…";
        }
        return end == 0 ? "" : new String(Character.toChars(t.codePointBefore(end)));
    }

    /**
     * Whether the translation may end with a quotation the source has inside: the source reads "“Why now?” he asked.",
     * the translation "he asked: «Why now?»" (Persian, among others, puts the quotation last). True when the text ends
     * with a closing quote and the source closes a quotation right after a mark of {@code kind}.
     */
    static boolean endsWithQuotationOf(String source, String target, Kind kind, String sourceLanguage) {
        String t = Texts.strip(target);
        if (t.isEmpty() || QUOTE_CLOSERS.indexOf(t.charAt(t.length() - 1)) < 0 || kind == Kind.NONE) {
            return false;
        }
        String s = Texts.of(source);
        for (char mark : marks(sourceLanguage, kind).toCharArray()) {
            for (char closer : QUOTE_CLOSERS.toCharArray()) {
                if (s.contains("" + mark + closer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The kind of {@code mark} in the language: "?" is a question in English, "；" a semicolon in Chinese. */
    static Kind kindOf(String mark, String language) {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.NONE && !mark.isEmpty() && marks(language, kind).contains(mark)) {
                return kind;
            }
        }
        return Kind.NONE;
    }
}
