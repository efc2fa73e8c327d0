package org.verso.segmentation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a bounded rule expression into a {@link CharNfa}, or answers {@code null} for what the
 * automaton does not do the way {@code java.util.regex} does: back-references, possessive and
 * atomic constructs, look-behinds, longer look-aheads, {@code $}, word boundaries, open-ended
 * quantifiers, inline flags other than {@code i}, {@code u} and {@code s}. Each character class and
 * escape is compiled by {@link Pattern} under the flags in force, and its table filled by asking that
 * pattern about every character, so a class means exactly what it means to Java.
 */
final class NfaBuilder {

    /** Bigger automata (from quantifiers unrolled inside each other) are left to the regex. */
    private static final int MAX_STATES = 5_000;
    private static final Map<String, CharNfa.CharClass> CLASSES = new ConcurrentHashMap<>();
    private static final Pattern BRACES = Pattern.compile("\\{(\\d{1,4})(?:,(\\d{1,4}))?}");
    private static final Pattern GROUP_OPENING = Pattern.compile("\\((?:\\?([ius]*):|\\?([=!])|(?!\\?))");

    /** A parsed piece: an atom (token under flags), a sequence, alternatives, a repetition, a look-ahead, an anchor. */
    private record Node(int type, String token, String flags, List<Node> parts, int min, int max) {
    }

    private static final int ATOM = 0;
    private static final int SEQUENCE = 1;
    private static final int ALTERNATIVES = 2;
    private static final int REPEAT = 3;

    private final String regex;
    private int at;
    private final List<Integer> kind = new ArrayList<>();
    private final List<Integer> arg = new ArrayList<>();
    private final List<Integer> out1 = new ArrayList<>();
    private final List<Integer> out2 = new ArrayList<>();
    private final List<CharNfa.CharClass> classes = new ArrayList<>();

    private NfaBuilder(String regex) {
        this.regex = regex;
    }

    /** The automaton for {@code regex}, run forwards or backwards, or {@code null} if it is not one of its shapes. */
    static CharNfa of(String regex, boolean backwards) {
        NfaBuilder builder = new NfaBuilder(regex);
        try {
            Node root = builder.alternatives("");
            if (builder.at != regex.length()) {
                return null;
            }
            int match = builder.state(CharNfa.MATCH, 0, -1, -1);
            int start = builder.build(root, match);
            return builder.nfa(start, backwards);
        } catch (Unsupported | PatternSyntaxException e) {
            return null;
        }
    }

    private Node alternatives(String flags) {
        List<Node> alternatives = new ArrayList<>();
        List<Node> sequence = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != ')') {
            if (regex.charAt(at) == '|') {
                at++;
                alternatives.add(new Node(SEQUENCE, null, flags, sequence, 1, 1));
                sequence = new ArrayList<>();
                continue;
            }
            sequence.add(quantified(atom(flags)));
        }
        alternatives.add(new Node(SEQUENCE, null, flags, sequence, 1, 1));
        return alternatives.size() == 1 ? alternatives.get(0) : new Node(ALTERNATIVES, null, flags, alternatives, 1, 1);
    }

    private Node quantified(Node atom) {
        if (at >= regex.length() || "?*+{".indexOf(regex.charAt(at)) < 0) {
            return atom;
        }
        if (atom.type() == ATOM && atom.token().startsWith("(")) {
            throw new Unsupported(); // a quantified anchor or look-ahead
        }
        char q = regex.charAt(at);
        int min = 0;
        int max = 1;
        if (q == '{') {
            Matcher braces = BRACES.matcher(regex).region(at, regex.length());
            if (!braces.lookingAt()) {
                throw new Unsupported(); // {n,} or a huge count
            }
            min = Integer.parseInt(braces.group(1));
            max = braces.group(2) == null ? min : Integer.parseInt(braces.group(2));
            at = braces.end();
        } else if (q == '?') {
            at++;
        } else {
            throw new Unsupported(); // * and + are bounded before they get here
        }
        if (at < regex.length() && regex.charAt(at) == '+') {
            throw new Unsupported(); // possessive
        }
        if (at < regex.length() && regex.charAt(at) == '?') {
            at++; // lazy: the same matches, in another order
        }
        return new Node(REPEAT, null, atom.flags(), List.of(atom), min, Math.max(min, max));
    }

    private Node atom(String flags) {
        char c = regex.charAt(at);
        if (c == '(') {
            return group(flags);
        }
        if (c == '^') {
            at++;
            return new Node(ATOM, "(^", flags, List.of(), 1, 1);
        }
        if ("$*+?{)|".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            throw new Unsupported();
        }
        int end = c == '\\' ? escapeEnd() : BoundedQuantifiers.end(regex, at);
        String token = regex.substring(at, end);
        at = end;
        if (token.equals("\\z")) {
            return new Node(ATOM, "(\\z", flags, List.of(), 1, 1);
        }
        return new Node(ATOM, token, flags, List.of(), 1, 1);
    }

    private int escapeEnd() {
        char kind = at + 1 < regex.length() ? regex.charAt(at + 1) : 'b';
        if ("bBAGZkRXQE0123456789xcN".indexOf(kind) >= 0) {
            throw new Unsupported();
        }
        if (kind == 'u') {
            return Math.min(regex.length(), at + 6);
        }
        return BoundedQuantifiers.end(regex, at);
    }

    private Node group(String flags) {
        Matcher open = GROUP_OPENING.matcher(regex).region(at, regex.length());
        if (!open.lookingAt()) {
            throw new Unsupported();
        }
        at = open.end();
        String inner = open.group(1) == null ? flags : flags + open.group(1);
        Node body = alternatives(inner);
        if (at >= regex.length()) {
            throw new Unsupported();
        }
        at++; // ')'
        if (open.group(2) == null) {
            return body;
        }
        if (body.type() != SEQUENCE || body.parts().size() != 1 || body.parts().get(0).type() != ATOM
                || body.parts().get(0).token().startsWith("(")) {
            throw new Unsupported(); // only a look-ahead of one character
        }
        return new Node(ATOM, "(?" + open.group(2), flags, body.parts(), 1, 1);
    }

    /** Builds the states for {@code node}, followed by state {@code next}; returns its first state. */
    private int build(Node node, int next) {
        if (kind.size() > MAX_STATES) {
            throw new Unsupported();
        }
        return switch (node.type()) {
            case SEQUENCE -> {
                int first = next;
                for (int i = node.parts().size() - 1; i >= 0; i--) {
                    first = build(node.parts().get(i), first);
                }
                yield first;
            }
            case ALTERNATIVES -> {
                int first = build(node.parts().get(node.parts().size() - 1), next);
                for (int i = node.parts().size() - 2; i >= 0; i--) {
                    first = state(CharNfa.SPLIT, 0, build(node.parts().get(i), next), first);
                }
                yield first;
            }
            case REPEAT -> {
                int first = next;
                for (int i = node.min(); i < node.max(); i++) {
                    first = state(CharNfa.SPLIT, 0, build(node.parts().get(0), first), next);
                }
                for (int i = 0; i < node.min(); i++) {
                    first = build(node.parts().get(0), first);
                }
                yield first;
            }
            default -> atomState(node, next);
        };
    }

    private int atomState(Node node, int next) {
        String token = node.token();
        switch (token) {
            case "(^" -> {
                return state(CharNfa.START, 0, next, -1);
            }
            case "(\\z" -> {
                return state(CharNfa.END, 0, next, -1);
            }
            case "(?=", "(?!" -> {
                Node body = node.parts().get(0);
                return state(token.equals("(?=") ? CharNfa.AHEAD : CharNfa.NOT_AHEAD, classIndex(body), next, -1);
            }
            default -> {
                int literal = literal(token);
                boolean ignoreCase = node.flags().contains("i");
                if (literal >= 0 && !ignoreCase) {
                    return state(CharNfa.CHAR, literal, next, -1);
                }
                if (literal >= 0 && node.flags().contains("u")) {
                    return state(CharNfa.FOLD, WordListBefore.fold((char) literal), next, -1);
                }
                return state(CharNfa.CLASS, classIndex(node), next, -1);
            }
        }
    }

    /** The character a token stands for literally ({@code a}, {@code \.}), or -1 for a class or escape. */
    private static int literal(String token) {
        if (token.length() == 1 && !Character.isSurrogate(token.charAt(0)) && token.charAt(0) != '.') {
            return token.charAt(0);
        }
        boolean escapedPunctuation = token.length() == 2 && token.charAt(0) == '\\'
                && !Character.isLetterOrDigit(token.charAt(1)) && token.charAt(1) < 0x80;
        return escapedPunctuation ? token.charAt(1) : -1;
    }

    private int classIndex(Node atom) {
        String flags = atom.flags();
        String regexOfOne = flags.isEmpty() ? atom.token() : "(?" + flags + ":" + atom.token() + ")";
        classes.add(CLASSES.computeIfAbsent(regexOfOne, NfaBuilder::charClass));
        return classes.size() - 1;
    }

    private static CharNfa.CharClass charClass(String regexOfOne) {
        Pattern pattern = Pattern.compile(regexOfOne);
        BitSet bmp = new BitSet(0x10000);
        Matcher matcher = pattern.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            bmp.set(c, matcher.reset(String.valueOf((char) c)).matches());
        }
        return new CharNfa.CharClass(bmp, pattern);
    }

    private int state(int stateKind, int stateArg, int first, int second) {
        kind.add(stateKind);
        arg.add(stateArg);
        out1.add(first);
        out2.add(second);
        return kind.size() - 1;
    }

    private CharNfa nfa(int start, boolean backwards) {
        return new CharNfa(ints(kind), ints(arg), ints(out1), ints(out2), classes.toArray(CharNfa.CharClass[]::new),
                start, backwards);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Thrown while reading to abandon an expression the automaton does not cover. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
