package org.verso.interchange.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.interchange.catalog.PluralText;

/**
 * A message that is one ICU plural argument, {@code {count, plural, one {# file} other {# files}}}: its variable and
 * its branches by CLDR category. Exact branches ({@code =0 {…}}) and an {@code offset:} are kept only in an
 * untranslated export; a translation is written with the target language's categories.
 */
record IcuPlural(String variable, Map<String, String> forms) {

    private static final Pattern HEAD = Pattern.compile("\\s*\\{\\s*([\\p{L}\\d_]+)\\s*,\\s*plural\\s*,", Pattern.DOTALL);

    /** The plural a whole message is, or null when it is anything else (text around it, a select, no plural). */
    static IcuPlural parse(String message) {
        Matcher head = HEAD.matcher(message);
        if (!head.lookingAt()) {
            return null;
        }
        Map<String, String> forms = new LinkedHashMap<>();
        int at = head.end();
        while (true) {
            while (at < message.length() && Character.isWhitespace(message.charAt(at))) {
                at++;
            }
            if (at < message.length() && message.charAt(at) == '}') {
                return message.substring(at + 1).isBlank() && forms.containsKey("other")
                        ? new IcuPlural(head.group(1), forms) : null;
            }
            int open = message.indexOf('{', at);
            if (open < 0) {
                return null;
            }
            String selector = message.substring(at, open).strip();
            int close = closing(message, open);
            if (close < 0) {
                return null;
            }
            if (PluralText.CATEGORIES.contains(selector)) {
                forms.put(selector, message.substring(open + 1, close));
            } else if (!selector.matches("=\\d+|offset:\\s*\\d+\\s*=?\\d*")) {
                return null;
            }
            at = close + 1;
        }
    }

    private static int closing(String message, int open) {
        int depth = 0;
        for (int i = open; i < message.length(); i++) {
            char c = message.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The message with the given forms, in CLDR order. */
    static String write(String variable, Map<String, String> forms) {
        StringBuilder out = new StringBuilder("{").append(variable).append(", plural,");
        PluralText.ordered(forms).forEach((category, text) -> out.append(' ').append(category).append(" {")
                .append(text).append('}'));
        return out.append('}').toString();
    }
}
