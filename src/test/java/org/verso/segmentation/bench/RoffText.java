package org.verso.segmentation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Crude roff (man page source) to plain-text paragraphs: good enough to feed a segmenter English prose,
 * not a renderer. Control lines either end a paragraph (.PP, .SH ...), keep their argument text (.B, .IR
 * ...) or are dropped; inline escapes (\fB, \(em, \-, \*(Tm ...) are removed or flattened; a paragraph's
 * lines are joined with spaces, as roff fills them.
 */
final class RoffText {

    private static final Set<String> BREAKS = Set.of("PP", "P", "LP", "SH", "SS", "TP", "IP", "HP", "sp", "br",
            "Sh", "Ss", "Pp", "Bl", "El", "It", "Bd", "Ed", "RS", "RE", "nf", "fi", "TH", "Dd", "Dt");
    private static final Set<String> TEXT = Set.of("B", "I", "BR", "RB", "IR", "RI", "BI", "IB", "SM", "SB",
            "Nm", "Ar", "Fl", "Op", "Xr", "Em", "Pa", "Cm", "Dq", "Sq", "Ql", "Va", "Nd", "Li", "Ev");
    private static final Pattern FONT = Pattern.compile("\\\\f(?:\\[[^\\]]*\\]|\\(..|.)");
    private static final Pattern NAMED = Pattern.compile("\\\\(?:\\*)?(?:\\[[^\\]]*\\]|\\(..)");
    private static final Pattern OTHER_ESCAPE = Pattern.compile("\\\\[&|^%:/,~0dsuvhwkznxo]|\\\\\\*.");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RoffText() {
    }

    static List<String> paragraphs(String roff) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : roff.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                String[] parts = line.substring(1).strip().split("\\s+", 2);
                if (BREAKS.contains(parts[0])) {
                    flush(current, paragraphs);
                } else if (TEXT.contains(parts[0]) && parts.length == 2) {
                    current.append(' ').append(parts[1].replace("\"", ""));
                }
            } else if (line.isBlank()) {
                flush(current, paragraphs);
            } else {
                current.append(' ').append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String text = plain(current.toString());
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }

    private static String plain(String line) {
        String text = FONT.matcher(line).replaceAll("");
        text = text.replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ");
        text = NAMED.matcher(text).replaceAll(" ");
        text = OTHER_ESCAPE.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
