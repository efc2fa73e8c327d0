package org.verso.interchange.xliff;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * Decides srcDir/trgDir from the text itself: the writer has the words, not a list of right-to-left languages,
 * and XLIFF's default ("auto") would guess from the first strong character of each text, which a Latin name at
 * the start of a Persian sentence gets wrong.
 */
final class TextDirection {

    private TextDirection() {
    }

    /** "rtl" when most strongly directional characters are right-to-left, otherwise null (the default, auto). */
    static String rtlOrNull(Stream<String> texts) {
        long[] counts = new long[2];
        texts.filter(Objects::nonNull).flatMapToInt(String::codePoints).forEach(c -> {
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                counts[1]++;
            } else if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                counts[0]++;
            }
        });
        return counts[1] > counts[0] ? "rtl" : null;
    }
}
