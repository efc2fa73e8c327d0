package org.verso.interchange.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown file as a skeleton with holes: the file's own text everywhere (markers, indentation, line breaks,
 * tables' pipes and padding, reference definitions, code and HTML blocks, front matter), and a hole where a
 * paragraph's translatable text stood, holding the paragraph's number and its exact source text. Stored as one
 * string of length-prefixed pieces ({@code T<length>:<text>} and {@code H<paragraph>,<length>:<source>}), so no
 * character of the file needs escaping; an inline link's title, a paragraph of its own inside a hole, follows that
 * hole as {@code L<paragraph>,<code>,<from>,<to>,0:}.
 */
record MarkdownSkeleton(List<Piece> pieces) {

    static final String MAGIC = "verso-markdown-skeleton/1\n";

    /**
     * Literal text of the file, a hole ({@code paragraph} ≥ 0) with the source text it replaces, or an inline link's
     * title ({@code code} ≥ 1): paragraph {@code paragraph} is the title at {@code [from, to)} of that code's closing
     * markup in the hole before it.
     */
    record Piece(int paragraph, String text, int code, int from, int to) {

        Piece(int paragraph, String text) {
            this(paragraph, text, 0, 0, 0);
        }

        boolean hole() {
            return paragraph >= 0 && code == 0;
        }

        boolean title() {
            return code > 0;
        }
    }

    MarkdownSkeleton {
        pieces = List.copyOf(pieces);
    }

    String serialize() {
        StringBuilder out = new StringBuilder(MAGIC);
        for (Piece piece : pieces) {
            if (piece.title()) {
                out.append("L").append(piece.paragraph()).append(',').append(piece.code()).append(',')
                        .append(piece.from()).append(',').append(piece.to()).append(",0:");
                continue;
            }
            out.append(piece.hole() ? "H" + piece.paragraph() + "," : "T").append(piece.text().length()).append(':')
                    .append(piece.text());
        }
        return out.toString();
    }

    /** @return the skeleton, or null when {@code stored} is not one (another format's, or none) */
    static MarkdownSkeleton parse(String stored) {
        if (stored == null || !stored.startsWith(MAGIC)) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        int at = MAGIC.length();
        while (at < stored.length()) {
            boolean hole = stored.charAt(at) == 'H';
            int colon = stored.indexOf(':', at);
            String head = stored.substring(at + 1, colon);
            if (stored.charAt(at) == 'L') {
                String[] f = head.split(",");
                pieces.add(new Piece(Integer.parseInt(f[0]), "", Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3])));
                at = colon + 1;
                continue;
            }
            int comma = head.indexOf(',');
            int paragraph = hole ? Integer.parseInt(head.substring(0, comma)) : -1;
            int length = Integer.parseInt(hole ? head.substring(comma + 1) : head);
            pieces.add(new Piece(paragraph, stored.substring(colon + 1, colon + 1 + length)));
            at = colon + 1 + length;
        }
        return new MarkdownSkeleton(pieces);
    }
}
