package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;

/** A fenced code block being collected line by line, fences included, so it is written back byte for byte. */
final class CodeFence {

    private final char marker;
    private final int length;
    private final List<String> lines = new ArrayList<>();

    CodeFence(String openingLine) {
        String fence = openingLine.strip();
        this.marker = fence.charAt(0);
        int count = 0;
        while (count < fence.length() && fence.charAt(count) == marker) {
            count++;
        }
        this.length = count;
        lines.add(openingLine);
    }

    void add(String line) {
        lines.add(line);
    }

    /** CommonMark: the closing fence uses the same character, at least as many of it, and nothing else. */
    boolean closedBy(String line) {
        String stripped = line.strip();
        int indent = line.length() - line.stripLeading().length();
        return indent <= 3 && stripped.length() >= length && stripped.chars().allMatch(c -> c == marker);
    }

    String text() {
        return String.join("\n", lines);
    }
}
