package org.verso.segmentation;

/**
 * Rewrites the open-ended quantifiers of a regular expression ({@code *}, {@code +}, {@code {n,}})
 * into bounded ones ({@code {0,L}}, {@code {1,L}}, {@code {n,L}}). A rule side then looks at most a
 * bounded distance from the break position, which keeps the look-behind legal in Java and the
 * segmenter linear in the length of the text. Escapes, {@code \Q…\E} quotes and character classes
 * are copied untouched; lazy and possessive modifiers are kept.
 */
final class BoundedQuantifiers {

    private BoundedQuantifiers() {
    }

    static String rewrite(String regex, int limit) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean afterQuantifier = false;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (afterQuantifier && (c == '?' || c == '+')) {
                out.append(c); // a lazy or possessive modifier
                afterQuantifier = false;
                i++;
                continue;
            }
            afterQuantifier = c == '*' || c == '+' || c == '?' || c == '{';
            int next = end(regex, i);
            if (c == '*' || c == '+') {
                out.append(c == '*' ? "{0," : "{1,").append(limit).append('}');
            } else if (c == '{') {
                out.append(openEnded(regex.substring(i, next), limit));
            } else {
                out.append(regex, i, next);
            }
            i = next;
        }
        return out.toString();
    }

    /** The index after the token that starts at {@code i}; a group's opening counts as one token. */
    static int end(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return skipEscape(regex, i);
        }
        if (c == '[') {
            return skipClass(regex, i);
        }
        if (c == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? i + 1 : close + 1;
        }
        boolean groupSyntax = c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?';
        return groupSyntax ? i + 2 : i + 1;
    }

    /** {@code {n,}} becomes {@code {n,limit}}; any other brace is copied. */
    private static String openEnded(String brace, int limit) {
        if (brace.matches("\\{\\d+,}")) {
            int min = Integer.parseInt(brace.substring(1, brace.length() - 2));
            return "{" + min + "," + Math.max(min, limit) + "}";
        }
        return brace;
    }

    /** The index after the escape at {@code i}: {@code \Q…\E}, {@code \p{…}}, {@code \x{…}} or one character. */
    private static int skipEscape(String regex, int i) {
        if (i + 1 >= regex.length()) {
            return regex.length();
        }
        char kind = regex.charAt(i + 1);
        if (kind == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() : end + 2;
        }
        boolean braced = "pPxN".indexOf(kind) >= 0 && i + 2 < regex.length() && regex.charAt(i + 2) == '{';
        if (braced) {
            int end = regex.indexOf('}', i + 2);
            return end < 0 ? regex.length() : end + 1;
        }
        return i + 2;
    }

    /** The index after the character class opening at {@code i}, nested classes included. */
    private static int skipClass(String regex, int i) {
        int depth = 0;
        int j = i;
        while (j < regex.length()) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j = skipEscape(regex, j);
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && j > i + 1 && !(j == i + 2 && regex.charAt(i + 1) == '^') && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return regex.length();
    }
}
