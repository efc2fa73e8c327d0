package org.verso.interchange.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of spans of a text, applied together: what a catalog writer does to its skeleton. */
public final class Splice {

    private record Cut(int start, int end, String with) {
    }

    private final String text;
    private final List<Cut> cuts = new ArrayList<>();

    public Splice(String text) {
        this.text = text;
    }

    /** Replace {@code [start, end)} of the original text; spans must not overlap. */
    public void replace(int start, int end, String with) {
        cuts.add(new Cut(start, end, with));
    }

    public String result() {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Cut cut : cuts.stream().sorted(Comparator.comparingInt(Cut::start)).toList()) {
            out.append(text, at, cut.start()).append(cut.with());
            at = cut.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
