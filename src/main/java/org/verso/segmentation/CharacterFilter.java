package org.verso.segmentation;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which characters can stand next to a break position for a rule to match there, worked out once
 * per expression by trying every character of the Basic Multilingual Plane: the first character
 * after the position (from the afterbreak) and the last one before it (from the beforebreak). The
 * segmenter then skips, with one bit test, the positions where a rule cannot match. A filter is only
 * ever a necessary condition; {@code null} means "any character" whenever the expression is too
 * context dependent to tell.
 */
final class CharacterFilter {

    private static final int BMP = 0x10000;
    /** Constructs that look at the text before the position, which a lone character cannot show. */
    private static final Pattern LOOKS_BACK = Pattern.compile("\\\\[bBGA]|\\(\\?<[=!]|\\^");
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+\\)");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[$^]|\\\\[bBAzZG]|\\(\\?<?[=!].*", Pattern.DOTALL);
    /** A non-capturing group, with flags that change no character's meaning but its case. */
    private static final Pattern FLAG_GROUP = Pattern.compile("\\(\\?([imu]*):");
    private static final Map<String, BitSet> CACHE = new ConcurrentHashMap<>();
    /** Per afterbreak, its second characters ({@link #secondAfter}); empty where they cannot be told. */
    private static final Map<String, List<SecondAfter>> SECONDS = new ConcurrentHashMap<>();
    /** Tokens that only structure an expression: groups, alternation, quantifiers, anchors. */
    private static final Pattern STRUCTURE = Pattern.compile("[()|?*+^$]|\\{.*}", Pattern.DOTALL);

    private CharacterFilter() {
    }

    /** The characters the afterbreak can start with, or {@code null} for any. */
    static BitSet firstAfter(String after) {
        if (after.isEmpty() || LOOKS_BACK.matcher(RegexPieces.outsideClasses(after)).find()) {
            return null;
        }
        return CACHE.computeIfAbsent("after:" + after, key -> {
            Pattern pattern = Pattern.compile(after);
            char[] one = new char[1];
            Matcher m = pattern.matcher(CharBuffer.wrap(one));
            return test(c -> {
                one[0] = c;
                m.reset();
                return m.lookingAt() || m.hitEnd();
            });
        });
    }

    /** Above this many kinds of first character, the second one is not worked out. */
    private static final int MAX_FIRST_KINDS = 64;

    /**
     * Some characters the afterbreak can start with, and the characters it can then have second.
     * A character that lets the expression match with the first one alone, or after which it may
     * need more text, counts as possible second.
     */
    record SecondAfter(BitSet firsts, BitSet seconds) {
    }

    /**
     * The characters the afterbreak can have second, for each kind of first character, or
     * {@code null} if that cannot be told: the first characters it allows are grouped by which of
     * the expression's character tests (literals, classes, escapes) accept them, since the
     * expression cannot tell two characters of one group apart, and one of each group is tried
     * in front of every character of the Basic Multilingual Plane. Expressions with flags,
     * boundaries or back references are not analysed.
     */
    static List<SecondAfter> secondAfter(String after, BitSet firstAfter) {
        if (firstAfter == null) {
            return null;
        }
        List<SecondAfter> seconds = SECONDS.computeIfAbsent(after, key -> analyseSeconds(after, firstAfter));
        return seconds.isEmpty() ? null : seconds;
    }

    private static List<SecondAfter> analyseSeconds(String after, BitSet firstAfter) {
        List<BitSet> tests = characterTests(after);
        if (tests == null) {
            return List.of();
        }
        Map<BitSet, BitSet> kinds = new LinkedHashMap<>();
        firstAfter.stream().filter(c -> c < BMP && !Character.isSurrogate((char) c)).forEach(c -> {
            BitSet kind = new BitSet();
            for (int t = 0; t < tests.size(); t++) {
                kind.set(t, tests.get(t).get(c));
            }
            kinds.computeIfAbsent(kind, k -> new BitSet(BMP)).set(c);
        });
        if (kinds.size() > MAX_FIRST_KINDS) {
            return List.of();
        }
        Matcher m = Pattern.compile(after).matcher("");
        char[] two = new char[2];
        List<SecondAfter> seconds = new ArrayList<>();
        for (BitSet firsts : kinds.values()) {
            two[0] = (char) firsts.nextSetBit(0);
            seconds.add(new SecondAfter(firsts, test(c -> {
                two[1] = c;
                m.reset(CharBuffer.wrap(two));
                return m.lookingAt() || m.hitEnd();
            })));
        }
        return List.copyOf(seconds);
    }

    /**
     * The characters each literal, class or escape of {@code regex} accepts, in order, or
     * {@code null} if it has anything else that looks at characters (flags, boundaries, back
     * references, quoting, look-behinds).
     */
    private static List<BitSet> characterTests(String regex) {
        List<BitSet> tests = new ArrayList<>();
        for (int i = 0; i < regex.length(); ) {
            int next = BoundedQuantifiers.end(regex, i);
            String token = regex.substring(i, next);
            if (token.equals("(?")) {
                if (next >= regex.length() || ":=!".indexOf(regex.charAt(next)) < 0) {
                    return null;
                }
                next++;
            } else if (!STRUCTURE.matcher(token).matches()) {
                BitSet chars = RegexPieces.SINGLE_CHARACTER.matcher(token).matches() ? charactersOf(token) : null;
                if (chars == null) {
                    return null;
                }
                tests.add(chars);
            }
            i = next;
        }
        return tests;
    }

    /** The characters the beforebreak can end with, or {@code null} for any. */
    static BitSet lastBefore(String before) {
        if (before.isEmpty() || INLINE_FLAGS.matcher(before).find()) {
            return null;
        }
        return lastOf(before);
    }

    /**
     * The characters the beforebreak can have just before its last one, or {@code null} for any:
     * known when each top-level alternative ends in exactly one character (no quantifier), as
     * "Mr\\." does.
     */
    static BitSet secondLastBefore(String before) {
        if (before.isEmpty() || INLINE_FLAGS.matcher(before).find()) {
            return null;
        }
        BitSet union = new BitSet(BMP);
        for (String alternative : RegexPieces.alternatives(before)) {
            List<RegexPieces.Atom> atoms = new ArrayList<>(RegexPieces.atoms(alternative));
            atoms.removeIf(atom -> ZERO_WIDTH.matcher(atom.text()).matches());
            if (atoms.size() < 2 || !atoms.get(atoms.size() - 1).once()) {
                return null;
            }
            BitSet secondLast = lastOfSequence(atoms.subList(0, atoms.size() - 1));
            if (secondLast == null) {
                return null;
            }
            union.or(secondLast);
        }
        return union;
    }

    private static BitSet lastOf(String regex) {
        BitSet union = new BitSet(BMP);
        for (String alternative : RegexPieces.alternatives(regex)) {
            BitSet last = lastOfSequence(RegexPieces.atoms(alternative));
            if (last == null) {
                return null;
            }
            union.or(last);
        }
        return union;
    }

    /** The last characters of a sequence: of its last atom, and of the ones before while those may be absent. */
    private static BitSet lastOfSequence(List<RegexPieces.Atom> atoms) {
        BitSet last = new BitSet(BMP);
        for (int i = atoms.size() - 1; i >= 0; i--) {
            RegexPieces.Atom atom = atoms.get(i);
            if (ZERO_WIDTH.matcher(atom.text()).matches()) {
                continue;
            }
            BitSet chars = charactersOf(atom.text());
            if (chars == null) {
                return null;
            }
            last.or(chars);
            if (atom.min() > 0) {
                return last;
            }
        }
        return null; // the whole sequence may be empty
    }

    private static BitSet charactersOf(String atom) {
        if (atom.startsWith("(")) {
            Matcher flags = FLAG_GROUP.matcher(atom);
            if (!atom.startsWith("(?")) {
                return lastOf(atom.substring(1, atom.length() - 1));
            }
            if (!flags.lookingAt()) {
                return null;
            }
            BitSet inner = lastOf(atom.substring(flags.end(), atom.length() - 1));
            return inner == null || !flags.group(1).contains("i") ? inner : caseClosed(inner);
        }
        if (!RegexPieces.SINGLE_CHARACTER.matcher(atom).matches()) {
            return null;
        }
        return CACHE.computeIfAbsent("char:" + atom, key -> {
            Matcher m = Pattern.compile(atom).matcher("");
            return test(c -> m.reset(String.valueOf(c)).matches());
        });
    }

    /** {@code chars} with every other case of each. */
    private static BitSet caseClosed(BitSet chars) {
        BitSet closed = (BitSet) chars.clone();
        chars.stream().forEach(c -> {
            closed.set(Character.toLowerCase(c));
            closed.set(Character.toUpperCase(c));
            closed.set(Character.toTitleCase(c));
        });
        closed.clear(BMP, Integer.MAX_VALUE);
        return closed;
    }

    private interface CharTest {
        boolean accepts(char c);
    }

    private static BitSet test(CharTest test) {
        BitSet accepted = new BitSet(BMP);
        for (int c = 0; c < BMP; c++) {
            if (Character.isSurrogate((char) c) || test.accepts((char) c)) {
                accepted.set(c);
            }
        }
        return accepted;
    }
}
