package org.verso.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a text and reads their values the way a reader of its language does. Digits of any script
 * (Persian ۲۵, Arabic-Indic ٢٥, full-width ２５) count as ASCII digits. Spaces (also U+00A0, U+202F, U+2009),
 * apostrophes and '٬' only group digits; '٫' is only a decimal mark. A lone '.' or ',' followed by exactly three
 * digits is ambiguous ("25,000", "25.000"): it is the decimal mark when it is the language's own (ICU), otherwise
 * a grouping separator. When both '.' and ',' occur, the last is the decimal mark. Groups are of three digits
 * (or of two before the last three, as in India's 25,00,000); a run that fits no pattern is read as separate
 * whole numbers ("1,2,3").
 */
final class NumberReader {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,'’٬٫ \u00A0\u202F\u2009\u2007]\\d+)*");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th", "e", "er", "re", "ère", "ème",
            "eme", "è", "o", "a", "°");

    private NumberReader() {
    }

    static List<NumberToken> read(String text, String languageTag) {
        String original = Texts.of(text);
        String ascii = asciiDigits(original);
        char decimalMark = NumberSymbols.decimalMark(languageTag);
        List<NumberToken> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(ascii);
        while (m.find()) {
            int offset = m.start();
            for (NumberSyntax.Piece piece : NumberSyntax.read(m.group(), decimalMark)) {
                int start = ascii.indexOf(piece.text(), offset);
                offset = start + piece.text().length();
                tokens.add(token(original, start, offset, piece.value(), NumberScales.after(original, offset)));
            }
        }
        return tokens;
    }

    private static NumberToken token(String text, int start, int end, BigDecimal value, int[] scales) {
        Set<String> values = new HashSet<>();
        values.add(plain(value));
        for (int scale : scales) {
            values.add(plain(value.multiply(TEN.pow(scale))));
        }
        String written = text.substring(start, end);
        boolean small = scales.length == 0 && value.scale() <= 0 && written.length() <= 2
                && value.compareTo(BigDecimal.ONE) >= 0 && value.compareTo(TEN) <= 0;
        return new NumberToken(written, value, values, small || ordinalEnding(text, end));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "5th", "5e", "5er", "5º", "5-й", "5-го": an ordinal ending right after the digits. */
    private static boolean ordinalEnding(String text, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '-') {
            return Character.UnicodeScript.of(text.charAt(end + 1)) == Character.UnicodeScript.CYRILLIC;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return ORDINAL_ENDINGS.contains(text.substring(end, wordEnd).toLowerCase(Locale.ROOT))
                || end < text.length() && (text.charAt(end) == 'º' || text.charAt(end) == 'ª');
    }

    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c > 127 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
    }
}
