package org.verso.segmentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mirror image of a regular expression: it matches the reversed text ({@link ReversedText})
 * exactly where the original matches the text. A beforebreak then runs once, from the break
 * position backwards, instead of as a Java look-behind, which tries every start its length allows
 * (up to a hundred per position for SRX rules, and most of a segmenter's time).
 *
 * <p>Sequences are reversed, alternatives and groups keep their place, look-aheads become
 * look-behinds and the other way round, {@code ^} and {@code \A} become {@code \z}. Greedy and lazy
 * quantifiers only change which match is found, not whether one is, so they are kept. Expressions
 * whose meaning depends on direction in other ways (back references, possessive quantifiers,
 * atomic groups, flags switched mid-sequence, {@code $}, {@code \G}, {@code \Z}, {@code \R},
 * {@code \X}, quoting, comments mode) are not reversed: {@link #of} answers {@code null} and the
 * caller keeps the look-behind.
 */
final class ReversedRegex {

    private static final Pattern FLAG_GROUP = Pattern.compile("\\(\\?[a-wyzA-Z-]*:");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<[a-zA-Z][a-zA-Z0-9]*>");

    private final String regex;
    private int at;

    private ReversedRegex(String regex) {
        this.regex = regex;
    }

    /** The reversed expression, or {@code null} if it cannot be reversed (see the class comment). */
    static String of(String regex) {
        if (regex.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        ReversedRegex parser = new ReversedRegex(regex);
        try {
            String reversed = parser.alternatives();
            return parser.at == regex.length() ? reversed : null;
        } catch (NotReversible e) {
            return null;
        }
    }

    private String alternatives() {
        List<String> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return String.join("|", branches);
    }

    private String sequence() {
        List<String> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            String atom = atom();
            items.add(atom + quantifier());
        }
        Collections.reverse(items);
        return String.join("", items);
    }

    private String atom() {
        char c = regex.charAt(at);
        switch (c) {
            case '(':
                return group();
            case '[': {
                int end = BoundedQuantifiers.end(regex, at);
                String cls = regex.substring(at, end);
                at = end;
                return cls;
            }
            case '\\':
                return escape();
            case '^':
                at++;
                return "\\z";
            case '$':
            case '*':
            case '+':
            case '?':
            case '{':
                throw new NotReversible();
            default:
                at++;
                return String.valueOf(c);
        }
    }

    private String group() {
        String prefix;
        String reversedPrefix;
        if (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)) {
            prefix = regex.substring(at, at + 3);
            reversedPrefix = "(?<" + prefix.charAt(2);
        } else if (regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
            prefix = regex.substring(at, at + 4);
            reversedPrefix = "(?" + prefix.charAt(3);
        } else if (regex.startsWith("(?:", at) || !regex.startsWith("(?", at)) {
            prefix = regex.startsWith("(?:", at) ? "(?:" : "(";
            reversedPrefix = prefix;
        } else {
            Matcher flags = FLAG_GROUP.matcher(regex).region(at, regex.length());
            Matcher named = NAMED_GROUP.matcher(regex).region(at, regex.length());
            if (flags.lookingAt()) {
                prefix = flags.group();
            } else if (named.lookingAt()) {
                prefix = named.group();
            } else {
                throw new NotReversible(); // atomic groups, flags for the rest of the sequence
            }
            reversedPrefix = prefix;
        }
        at += prefix.length();
        String inner = alternatives();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new NotReversible();
        }
        at++;
        return reversedPrefix + inner + ")";
    }

    private String escape() {
        if (at + 1 >= regex.length()) {
            throw new NotReversible();
        }
        char kind = regex.charAt(at + 1);
        int end;
        if ("123456789kQEGZzRX".indexOf(kind) >= 0) {
            throw new NotReversible();
        } else if (kind == 'A') {
            at += 2;
            return "\\z";
        } else if ("pPxN".indexOf(kind) >= 0 && at + 2 < regex.length() && regex.charAt(at + 2) == '{') {
            end = regex.indexOf('}', at) + 1;
        } else if (kind == 'x') {
            end = at + 4;
        } else if (kind == 'u') {
            end = at + 6;
        } else if (kind == 'c') {
            end = at + 3;
        } else if (kind == '0') {
            end = at + 2;
            while (end < regex.length() && end < at + 5 && regex.charAt(end) >= '0' && regex.charAt(end) <= '7') {
                end++;
            }
        } else {
            end = at + 2;
        }
        if (end <= at || end > regex.length()) {
            throw new NotReversible();
        }
        String escape = regex.substring(at, end);
        at = end;
        return escape;
    }

    private String quantifier() {
        if (at >= regex.length()) {
            return "";
        }
        char c = regex.charAt(at);
        int end;
        if (c == '?' || c == '*' || c == '+') {
            end = at + 1;
        } else if (c == '{') {
            end = regex.indexOf('}', at) + 1;
            if (end == 0) {
                throw new NotReversible();
            }
        } else {
            return "";
        }
        if (end < regex.length() && regex.charAt(end) == '+') {
            throw new NotReversible(); // possessive: which match it gives up depends on direction
        }
        if (end < regex.length() && regex.charAt(end) == '?') {
            end++;
        }
        String quantifier = regex.substring(at, end);
        at = end;
        return quantifier;
    }

    /** Thrown inside the parser for a construct that has no mirror image; never escapes it. */
    private static final class NotReversible extends RuntimeException {
        NotReversible() {
            super(null, null, false, false);
        }
    }
}
