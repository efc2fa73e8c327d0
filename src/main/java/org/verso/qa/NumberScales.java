package org.verso.qa;

import java.util.Locale;
import java.util.Map;

/**
 * Scale words after a number ("25 million", "2,5 Mio.", "2.5万", "۲۵ هزار"): the powers of ten they may stand for,
 * so that 25 million and 2500万 are the same number. "billion" may be 10^9 or 10^12 (de, fr), so both count.
 */
final class NumberScales {

    private static final int[] NONE = {};

    /** Words that are a scale only when they are the whole word ("mil" is Spanish for thousand, "militar" is not). */
    private static final Map<String, int[]> WHOLE_WORDS = Map.ofEntries(Map.entry("k", new int[] {3}),
            Map.entry("mil", new int[] {3}), Map.entry("mille", new int[] {3}), Map.entry("tsd", new int[] {3}),
            Map.entry("тыс", new int[] {3}), Map.entry("тис", new int[] {3}), Map.entry("bin", new int[] {3}),
            Map.entry("هزار", new int[] {3}), Map.entry("ming", new int[] {3}), Map.entry("ҳазор", new int[] {3}),
            Map.entry("mln", new int[] {6}), Map.entry("mlrd", new int[] {9}), Map.entry("ألف", new int[] {3}), Map.entry("mn", new int[] {6}),
            Map.entry("mio", new int[] {6}), Map.entry("млн", new int[] {6}), Map.entry("bn", new int[] {9}),
            Map.entry("mrd", new int[] {9}), Map.entry("млрд", new int[] {9}), Map.entry("трлн", new int[] {12}));

    /** Stems that start a scale word in any of its forms ("million", "millions", "Millionen", "миллиона"). */
    private static final Map<String, int[]> STEMS = Map.ofEntries(Map.entry("thousand", new int[] {3}),
            Map.entry("tausend", new int[] {3}), Map.entry("тысяч", new int[] {3}), Map.entry("тисяч", new int[] {3}),
            Map.entry("million", new int[] {6}), Map.entry("millón", new int[] {6}), Map.entry("millon", new int[] {6}),
            Map.entry("milion", new int[] {6}), Map.entry("milyon", new int[] {6}), Map.entry("миллион", new int[] {6}),
            Map.entry("мільйон", new int[] {6}), Map.entry("میلیون", new int[] {6}), Map.entry("مليون", new int[] {6}),
            Map.entry("billion", new int[] {9, 12}), Map.entry("milliard", new int[] {9}),
            Map.entry("miliard", new int[] {9}), Map.entry("milyar", new int[] {9}), Map.entry("миллиард", new int[] {9}),
            Map.entry("мільярд", new int[] {9}), Map.entry("میلیارد", new int[] {9}), Map.entry("مليار", new int[] {9}),
            Map.entry("trillion", new int[] {12, 18}), Map.entry("триллион", new int[] {12}));

    private NumberScales() {
    }

    /** The powers of ten of the scale word right after {@code end} in {@code text} (after spaces); none if none. */
    static int[] after(String text, int end) {
        int i = end;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return NONE;
        }
        switch (text.charAt(i)) {
            case '千': return new int[] {3};
            case '万', '萬': return new int[] {4};
            case '亿', '億': return new int[] {8};
            case '兆': return new int[] {12};
            default: break;
        }
        int wordEnd = i;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        int[] whole = WHOLE_WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        for (Map.Entry<String, int[]> stem : STEMS.entrySet()) {
            if (word.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return NONE;
    }
}
