package org.verso.qa;

import java.math.BigDecimal;
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
}
