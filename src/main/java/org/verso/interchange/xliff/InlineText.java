package org.verso.interchange.xliff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collects the text of one side (source or target) of one XLIFF unit, segment by segment, with its inline codes
 * written in Verso's notation: {@code <1>…</1>} for a paired code, {@code <1/>} for a standalone one, numbered
 * from 1 in source order. A code keeps its number in the target, so a reordered code is still the same code.
 * Both XLIFF versions feed it the same four events, so a later editor with tag chips needs only a new renderer.
 *
 * <p>It also checks the pairing XML cannot: an end code ({@code ec}, {@code ex}) must close a start code
 * ({@code sc}, {@code bx}) opened before it in the unit, and every start code must be closed, unless marked
 * isolated. In a target, whose codes may be reordered, only the second rule applies.
 */
final class InlineText {

    private final Map<String, Integer> numbers;
    private final boolean inOrder;
    private final StringBuilder segment = new StringBuilder();
    private final Set<String> ids = new HashSet<>();
    /** Start codes not closed yet, with the line they were opened on. */
    private final Map<String, Integer> open = new LinkedHashMap<>();
    private final Set<String> closedEarly = new HashSet<>();

    private InlineText(Map<String, Integer> numbers, boolean inOrder) {
        this.numbers = numbers;
        this.inOrder = inOrder;
    }

    /** The source side of a unit; its codes get their numbers here. */
    static InlineText source() {
        return new InlineText(new HashMap<>(), true);
    }

    /** The target side of the same unit, sharing the source's numbers. */
    InlineText target() {
        return new InlineText(numbers, false);
    }

    void text(String text) {
        segment.append(text);
    }

    /** A code or marker id, unique on this side of the unit. */
    void claim(String id, int line) {
        if (id != null && !ids.add(id)) {
            throw XliffChecks.fail(line, "the inline id \"" + id + "\" is used twice in one unit.");
        }
    }

    /** A start code: {@code <pc>} (whose end comes as {@link #close}) or {@code <sc>}. */
    void open(String id, int line) {
        claim(id, line);
        open.put(id, line);
        segment.append('<').append(number(id)).append('>');
    }

    /** An end code: the end of {@code <pc>}, or {@code <ec startRef>}. */
    void close(String startId, int line) {
        if (open.remove(startId) == null) {
            if (inOrder || !closedEarly.add(startId)) {
                throw XliffChecks.fail(line, "an end code refers to \"" + startId
                        + "\", but no start code with that id is open before it in the unit.");
            }
        }
        segment.append("</").append(number(startId)).append('>');
    }

    /** A code that pairs with nothing: {@code <ph>}, or an isolated {@code <sc>}/{@code <ec>}. */
    void standalone(String id, int line) {
        claim(id, line);
        segment.append('<').append(number(id)).append("/>");
    }

    /**
     * One end of a code whose other end lies in another unit ({@code <sc isolated="yes">} or {@code <ec
     * isolated="yes">}): written as that end of a paired code, as Verso keeps a code that spans sentences.
     */
    void isolated(String id, boolean start, int line) {
        claim(id + (start ? "" : "\u0000end"), line);
        segment.append(start ? "<" : "</").append(number(id)).append('>');
    }

    /** The text of the segment just read; the next segment starts empty, open codes stay open. */
    String takeSegment() {
        String text = segment.toString();
        segment.setLength(0);
        return text;
    }

    /** At the end of the unit: every start code must have been closed. */
    void finish(int line) {
        for (String id : closedEarly) {
            if (open.remove(id) == null) {
                throw XliffChecks.fail(line, "an end code refers to \"" + id + "\", but the unit has no start code"
                        + " with that id.");
            }
        }
        if (!open.isEmpty()) {
            Map.Entry<String, Integer> first = open.entrySet().iterator().next();
            throw XliffChecks.fail(first.getValue(), "the start code \"" + first.getKey()
                    + "\" is never closed in its unit (mark it isolated=\"yes\" if that is intended).");
        }
    }

    /**
     * A code's number: a plain number id (as Verso and most tools write them) is kept, so a file's codes read back
     * with the numbers they were written with; any other id gets the next free number.
     */
    private int number(String id) {
        String key = id == null ? "" : id;
        Integer known = numbers.get(key);
        if (known != null) {
            return known;
        }
        int number = key.matches("[1-9][0-9]{0,3}") && !numbers.containsValue(Integer.parseInt(key))
                ? Integer.parseInt(key) : nextFree();
        numbers.put(key, number);
        return number;
    }

    private int nextFree() {
        int candidate = numbers.size() + 1;
        while (numbers.containsValue(candidate)) {
            candidate++;
        }
        return candidate;
    }
}
