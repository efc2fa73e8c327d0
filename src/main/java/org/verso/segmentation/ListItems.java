package org.verso.segmentation;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of an enumeration that starts at the beginning of a paragraph ("1. … 2. …", "a) … b) …",
 * "• 9. … • 10. …"). A marker never ends a sentence; each following marker in sequence starts a new
 * segment, even when the item before it has no full stop.
 */
final class ListItems {

    private static final String BULLETS = "•⁃▪‣◦";
    /** A bullet, a number of up to three digits or a lowercase letter, then "." or ")" or ".)". */
    private static final Pattern MARKER = Pattern.compile("([" + BULLETS + "]?)(\\d{1,3}|\\p{Ll})(\\.\\)|[.)])");

    private final Set<Integer> markers = new HashSet<>();
    private final Set<Integer> itemStarts = new HashSet<>();

    ListItems(String[] tokens) {
        int first = isBullet(tokens[0]) && tokens.length > 1 ? 1 : 0;
        Matcher opener = MARKER.matcher(tokens[first]);
        if (!opener.matches()) {
            return;
        }
        markers.add(first);
        String style = styleOf(opener);
        int expected = ordinal(opener.group(2)) + 1;
        for (int i = first + 1; i < tokens.length; i++) {
            Matcher marker = MARKER.matcher(tokens[i]);
            if (marker.matches() && styleOf(marker).equals(style) && ordinal(marker.group(2)) == expected) {
                markers.add(i);
                itemStarts.add(isBullet(tokens[i - 1]) ? i - 1 : i);
                expected++;
            }
        }
    }

    boolean isMarker(int token) {
        return markers.contains(token);
    }

    boolean startsItem(int token) {
        return itemStarts.contains(token);
    }

    private static boolean isBullet(String token) {
        return token.length() == 1 && BULLETS.indexOf(token.charAt(0)) >= 0;
    }

    private static String styleOf(Matcher marker) {
        String kind = Character.isDigit(marker.group(2).charAt(0)) ? "number" : "letter";
        return kind + marker.group(3);
    }

    private static int ordinal(String value) {
        return Character.isDigit(value.charAt(0)) ? Integer.parseInt(value) : value.codePointAt(0);
    }
}
