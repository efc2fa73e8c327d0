package org.verso.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verso's notation for inline markup inside a segment, shared with the quality checks: {@code <1>…</1>} for a
 * paired code (a link, emphasis), {@code <2/>} for a standalone one (a line break, an image, a code span). Numbers
 * are per paragraph, from 1, in the order the codes open in the source.
 */
public final class InlineCodes {

    private static final Pattern CODE = Pattern.compile("<(/?)([1-9][0-9]{0,3})(/?)>");

    /** One piece of a text: plain text, or a code with its number. */
    public record Token(Kind kind, int number, String text) {
    }

    public enum Kind {
        TEXT, OPEN, CLOSE, STANDALONE
    }

    private InlineCodes() {
    }

    public static String open(int number) {
        return "<" + number + ">";
    }

    public static String close(int number) {
        return "</" + number + ">";
    }

    public static String standalone(int number) {
        return "<" + number + "/>";
    }

    /** The text split into plain runs and codes; a malformed tag such as {@code </3/>} stays text. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        int at = 0;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            boolean single = !m.group(3).isEmpty();
            if (closing && single) {
                continue;
            }
            if (m.start() > at) {
                tokens.add(new Token(Kind.TEXT, 0, text.substring(at, m.start())));
            }
            Kind kind = closing ? Kind.CLOSE : single ? Kind.STANDALONE : Kind.OPEN;
            tokens.add(new Token(kind, Integer.parseInt(m.group(2)), m.group()));
            at = m.end();
        }
        if (at < text.length()) {
            tokens.add(new Token(Kind.TEXT, 0, text.substring(at)));
        }
        return tokens;
    }

    /**
     * The text with each code replaced by one private-use character (U+E000 on), which segmentation rules treat as
     * transparent markup, as SRX engines do with inline codes; {@link Masked#unmask} puts the codes back into any
     * piece of the masked text. A text that already holds private-use characters is left as it is.
     */
    public static Masked mask(String text) {
        List<String> codes = new ArrayList<>();
        if (text.chars().anyMatch(c -> c >= FIRST_MASK && c <= LAST_MASK)) {
            return new Masked(text, codes);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Token token : tokens(text)) {
            if (token.kind() == Kind.TEXT || codes.size() > LAST_MASK - FIRST_MASK) {
                out.append(token.text());
            } else {
                out.append((char) (FIRST_MASK + codes.size()));
                codes.add(token.text());
            }
        }
        return new Masked(out.toString(), codes);
    }

    private static final char FIRST_MASK = '\uE000';
    private static final char LAST_MASK = '\uF8FF';

    /** A text whose codes stand as private-use characters. */
    public record Masked(String text, List<String> codes) {

        public String unmask(String piece) {
            if (codes.isEmpty()) {
                return piece;
            }
            StringBuilder out = new StringBuilder(piece.length() + 8);
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                int index = c - FIRST_MASK;
                out.append(index >= 0 && index < codes.size() ? codes.get(index) : String.valueOf(c));
            }
            return out.toString();
        }
    }

    /** The text without its codes, for formats that cannot carry them (plain text). */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (Token token : tokens(text)) {
            if (token.kind() == Kind.TEXT) {
                out.append(token.text());
            }
        }
        return out.toString();
    }
}
