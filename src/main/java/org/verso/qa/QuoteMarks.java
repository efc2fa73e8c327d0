package org.verso.qa;

/**
 * The double quotation marks of one text, counted in one pass. « », ‹ ›, 「 」, 『 』 and 《 》 open and close with
 * their own marks (»…« counts as paired too); the curly “ ” „ pair in whatever style the language uses ("…",
 * „…“, „…”, ”…”), so they need an even count with no more „ than closers; straight " needs an even count.
 */
final class QuoteMarks {

    static final String[] PAIRED = {"«»", "‹›", "「」", "『』", "《》"};
    private static final String COUNTED = "«»‹›「」『』《》„“”\"";

    private final int[] counts = new int[COUNTED.length()];

    QuoteMarks(String text) {
        String t = Texts.of(text);
        for (int i = 0; i < t.length(); i++) {
            int at = COUNTED.indexOf(t.charAt(i));
            if (at >= 0) {
                counts[at]++;
            }
        }
    }

    int count(char mark) {
        return counts[COUNTED.indexOf(mark)];
    }

    boolean curlyUnpaired() {
        int low = count('„');
        int curly = low + count('“') + count('”');
        return curly % 2 != 0 || low > curly - low;
    }

    boolean straightUnpaired() {
        return count('"') % 2 != 0;
    }

    /** Whether any quotation is left open or closed without its opener, in any family. */
    boolean unpaired() {
        for (String pair : PAIRED) {
            if (count(pair.charAt(0)) != count(pair.charAt(1))) {
                return true;
            }
        }
        return curlyUnpaired() || straightUnpaired();
    }

    /** Complete quoted passages. */
    int passages() {
        int n = (count('„') + count('“') + count('”') + count('"')) / 2;
        for (String pair : PAIRED) {
            n += Math.min(count(pair.charAt(0)), count(pair.charAt(1)));
        }
        return n;
    }
}
