package org.verso.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The top-level pieces of a rule's regular expression, read without compiling it: its alternatives, the atoms of
 * one alternative with their least count, and the expression with its character classes blanked. What
 * {@link CharacterFilter} needs to tell which characters a rule can start or end with.
 */
final class RegexPieces {

    /**
     * A top-level piece of an expression and how often it must occur at least; {@code once} when it
     * is a single character that occurs exactly once.
     */
    record Atom(String text, int min, boolean once) {
    }

    /** One character, a one-character escape, a Unicode property, a hex escape, a class, or the dot. */
    static final Pattern SINGLE_CHARACTER = Pattern.compile(
            "[^\\\\()|$^]|\\\\[^bBQEkRXzZGAN0-9pPx]|\\\\[pP]\\{[^}]+}|\\\\[pP][A-Za-z]|\\\\x\\{[0-9a-fA-F]+}|\\\\x[0-9a-fA-F]{2}|\\[.*]",
            Pattern.DOTALL);

    private RegexPieces() {
    }

    /** The top-level alternatives of {@code regex}. */
    static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i = BoundedQuantifiers.end(regex, i)) {
            char c = regex.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    /** The top-level atoms of a sequence with no top-level alternation: groups whole, quantifiers read. */
    static List<Atom> atoms(String sequence) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        while (i < sequence.length()) {
            int end = sequence.charAt(i) == '(' ? groupEnd(sequence, i) : BoundedQuantifiers.end(sequence, i);
            String text = sequence.substring(i, end);
            i = end;
            int min = 1;
            boolean quantified = i < sequence.length() && "?*+{".indexOf(sequence.charAt(i)) >= 0;
            if (quantified) {
                char q = sequence.charAt(i);
                int quantifierEnd = q == '{' ? sequence.indexOf('}', i) + 1 : i + 1;
                String lowest = q == '{' ? sequence.substring(i + 1, quantifierEnd - 1).split(",")[0].strip() : "";
                min = q == '+' ? 1 : q == '{' ? Integer.parseInt(lowest) : 0;
                i = quantifierEnd < sequence.length() && "?+".indexOf(sequence.charAt(quantifierEnd)) >= 0
                        ? quantifierEnd + 1 : quantifierEnd;
            }
            atoms.add(new Atom(text, min, !quantified && SINGLE_CHARACTER.matcher(text).matches()));
        }
        return atoms;
    }

    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = BoundedQuantifiers.end(regex, i)) {
            char c = regex.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return regex.length();
    }

    /** {@code regex} with its character classes blanked out, so a {@code [^…]} is not taken for an anchor. */
    static String outsideClasses(String regex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); ) {
            int next = BoundedQuantifiers.end(regex, i);
            out.append(regex.charAt(i) == '[' ? "[]" : regex.substring(i, next));
            i = next;
        }
        return out.toString();
    }
}
