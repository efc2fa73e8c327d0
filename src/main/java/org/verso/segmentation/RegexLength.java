package org.verso.segmentation;

/**
 * An upper bound on the length of the text a bounded regular expression can match, read from its
 * syntax: a character, escape or class counts 1, a group its longest alternative, a quantifier
 * multiplies by its maximum, look-arounds and anchors count 0. {@link #UNKNOWN} when it cannot tell
 * (a back-reference, an open-ended quantifier).
 */
final class RegexLength {

    static final int UNKNOWN = Integer.MAX_VALUE;

    private final String regex;
    private int at;

    private RegexLength(String regex) {
        this.regex = regex;
    }

    static int max(String regex) {
        RegexLength reader = new RegexLength(regex);
        int length = reader.alternatives();
        return reader.at < regex.length() ? UNKNOWN : length;
    }

    /** Reads alternatives up to an unmatched ')' or the end; the longest wins. */
    private int alternatives() {
        long longest = 0;
        long current = 0;
        while (at < regex.length() && regex.charAt(at) != ')') {
            if (regex.charAt(at) == '|') {
                at++;
                longest = Math.max(longest, current);
                current = 0;
                continue;
            }
            current = Math.min(UNKNOWN, current + Math.min(UNKNOWN, (long) atom() * quantifier()));
        }
        return (int) Math.min(UNKNOWN, Math.max(longest, current));
    }

    private int atom() {
        char c = regex.charAt(at);
        int end = BoundedQuantifiers.end(regex, at);
        String token = regex.substring(at, end);
        at = end;
        if (c == '(') {
            boolean lookaround = token.equals("(?") && groupHeader();
            if (at > 0 && regex.charAt(at - 1) == ')' && token.equals("(?")) {
                return 0; // inline flags only, "(?i)"
            }
            int inner = alternatives();
            at++; // ')'
            return lookaround ? 0 : inner;
        }
        if (c == '^' || c == '$' || token.matches("\\\\[bBAzZG]")) {
            return 0;
        }
        return token.matches("\\\\[1-9k].*|\\\\Q.*") ? UNKNOWN : 1;
    }

    /** Skips the rest of a "(?" group's header; whether the group is a look-around. */
    private boolean groupHeader() {
        if (regex.startsWith("=", at) || regex.startsWith("!", at)) {
            at++;
            return true;
        }
        if (regex.startsWith("<=", at) || regex.startsWith("<!", at)) {
            at += 2;
            return true;
        }
        if (regex.startsWith("<", at)) {
            at = regex.indexOf('>', at) + 1;
            return false;
        }
        while (at < regex.length() && (Character.isLetter(regex.charAt(at)) || regex.charAt(at) == '-')) {
            at++;
        }
        at++; // ':' or ')' of inline flags, or '>' of an atomic group
        return false;
    }

    /** The maximum of the quantifier after an atom (1 without one); modifiers are skipped. */
    private int quantifier() {
        if (at >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(at);
        int max = 1;
        if (c == '?') {
            at++;
        } else if (c == '*' || c == '+') {
            at++;
            max = UNKNOWN;
        } else if (c == '{') {
            int end = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, end).split(",", -1);
            String upper = bounds[bounds.length - 1].strip();
            max = upper.isEmpty() ? UNKNOWN : Integer.parseInt(upper);
            at = end + 1;
        } else {
            return 1;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return max;
    }
}
