package org.verso.interchange.po;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * One quoted string of a PO line, with gettext's C escapes: {@code \n \t \r \" \\ \a \b \f \v \' \?}, octal
 * {@code \ooo} and hex {@code \xhh}. Octal and hex escapes are bytes in the file's charset, so a run of them
 * ({@code \303\251}) is decoded together, as gettext does.
 */
final class PoString {

    private final String line;
    private final Charset charset;
    private final StringBuilder out = new StringBuilder();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int at;

    private PoString(String line, Charset charset) {
        this.line = line;
        this.charset = charset;
    }

    /**
     * @param text what follows the keyword, or a whole continuation line
     * @throws IllegalArgumentException with the reason, for the user, when it is not one quoted string
     */
    static String unquote(String text, Charset charset) {
        return new PoString(text.strip(), charset).parse();
    }

    private String parse() {
        if (!line.startsWith("\"")) {
            throw new IllegalArgumentException("expected a string in double quotes");
        }
        at = 1;
        while (true) {
            if (at >= line.length()) {
                throw new IllegalArgumentException("the string has no closing double quote");
            }
            char c = line.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                escape();
            } else {
                flushBytes();
                out.append(c);
            }
        }
        if (at < line.length()) {
            throw new IllegalArgumentException("unexpected text after the closing double quote");
        }
        flushBytes();
        return out.toString();
    }

    private void escape() {
        if (at >= line.length()) {
            throw new IllegalArgumentException("the string has no closing double quote");
        }
        char c = line.charAt(at++);
        if (c >= '0' && c <= '7') {
            bytes.write(number(c, 8, 3));
            return;
        }
        if (c == 'x' && at < line.length() && Character.digit(line.charAt(at), 16) >= 0) {
            bytes.write(number(line.charAt(at++), 16, 2));
            return;
        }
        flushBytes();
        out.append(simple(c));
    }

    /** Reads up to {@code maxDigits} digits of which {@code first} is the first; a byte value. */
    private int number(char first, int radix, int maxDigits) {
        int value = Character.digit(first, radix);
        for (int digits = 1; digits < maxDigits && at < line.length()
                && Character.digit(line.charAt(at), radix) >= 0; digits++) {
            value = value * radix + Character.digit(line.charAt(at++), radix);
        }
        if (value > 0xFF) {
            throw new IllegalArgumentException("the escape \\" + Integer.toOctalString(value) + " is not a byte");
        }
        return value;
    }

    private static char simple(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> '\u000B';
            case '"', '\\', '\'', '?' -> c;
            default -> throw new IllegalArgumentException("unknown escape \\" + c);
        };
    }

    private void flushBytes() {
        if (bytes.size() == 0) {
            return;
        }
        try {
            out.append(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("escaped bytes that are not " + charset.name() + " text");
        }
        bytes.reset();
    }
}
