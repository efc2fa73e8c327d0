package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs (http, https, ftp, or starting with www.) and e-mail addresses. A URL is made of the ASCII characters RFC 3986
 * allows, so one written right before Chinese text or a Persian word ends there; punctuation at its end
 * ("see https://verso.org.") belongs to the sentence.
 */
final class Links {

    private static final String URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
    static final Pattern PATTERN = Pattern.compile("(?i)(?:(?:https?|ftp)://|www\\.)" + URL_CHARS + "+"
            + "|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private Links() {
    }

    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (!mayHave(Texts.of(text))) {
            return found;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(trimEnd(m.group()));
        }
        return found;
    }

    static String remove(String text) {
        return mayHave(Texts.of(text)) ? PATTERN.matcher(text).replaceAll(" ") : Texts.of(text);
    }

    /** Every link has "://", "www." or "@"; most sentences have none, and then need no regex. */
    private static boolean mayHave(String text) {
        if (text.contains("://") || text.indexOf('@') >= 0) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static String trimEnd(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?'\")]".indexOf(url.charAt(end - 1)) >= 0 && !closesInside(url, end)) {
            end--;
        }
        return url.substring(0, end);
    }

    /** A ")" or "]" that closes one opened inside the URL (Wikipedia's "…/Kyiv_(city)") is part of it. */
    private static boolean closesInside(String url, int end) {
        char last = url.charAt(end - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        return open != 0 && url.substring(0, end).chars().filter(c -> c == open).count()
                >= url.substring(0, end).chars().filter(c -> c == last).count();
    }
}
