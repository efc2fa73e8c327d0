package org.verso.qa;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A number as written in a text ("25 000", "۲۵٬۰۰۰", "2.5万"), the values it may stand for (one, or more when a scale
 * word follows) as plain decimal strings, and whether a translation may spell it out in words instead (a whole number
 * from 1 to 10 written without separators, or a number with an ordinal ending such as "5th", "5-й", "5e").
 */
record NumberToken(String written, BigDecimal value, Set<String> values, boolean spellable) {

    boolean sameNumberAs(NumberToken other) {
        for (String v : values) {
            if (other.values.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** "2,500", or "25,000, which reads as 25 in de" when a missing number is written the same but means another. */
    String shownBeside(List<NumberToken> missing, String language) {
        boolean misread = missing.stream().anyMatch(m -> m.written().equals(written));
        return misread ? written + ", which reads as " + value.stripTrailingZeros().toPlainString() + " in " + language
                : written;
    }
}
