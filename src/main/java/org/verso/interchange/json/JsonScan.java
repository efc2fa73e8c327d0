package org.verso.interchange.json;

import java.util.ArrayList;
import java.util.List;
import org.verso.interchange.InterchangeException;

/**
 * A JSON text parsed only as far as a catalog needs: every string value with its path and where its content stands
 * in the text (between the quotes), and the members of each object in order, so a writer can replace a value or a
 * run of members and leave every other byte (white space, key order, numbers) as it was.
 */
final class JsonScan {

    /** One object member or array element whose value is a string. */
    record Member(String path, String key, int keyStart, String value, int valueStart, int valueEnd, String parent) {
    }

    private static final int MAX_DEPTH = 256;

    private final String text;
    private final List<Member> strings = new ArrayList<>();
    private int at;

    private JsonScan(String text) {
        this.text = text;
    }

    /** The string values in document order; members of one object are adjacent when they follow each other. */
    static List<Member> strings(String text) {
        JsonScan scan = new JsonScan(text);
        scan.at = text.startsWith("\uFEFF") ? 1 : 0;
        scan.space();
        scan.value("", null, -1, "", 0);
        scan.space();
        if (scan.at < text.length()) {
            throw scan.problem("text after the end of the JSON value");
        }
        return scan.strings;
    }

    private void value(String path, String key, int keyStart, String parent, int depth) {
        if (depth > MAX_DEPTH) {
            throw problem("nesting deeper than " + MAX_DEPTH + " levels");
        }
        char c = peek();
        if (c == '{') {
            at++;
            space();
            if (peek() == '}') {
                at++;
                return;
            }
            String object = path + "#" + at;
            while (true) {
                space();
                int start = at;
                String name = string();
                space();
                expect(':');
                space();
                value(path.isEmpty() ? name : path + "." + name, name, start, object, depth + 1);
                space();
                if (peek() == ',') {
                    at++;
                    continue;
                }
                expect('}');
                return;
            }
        }
        if (c == '[') {
            at++;
            space();
            if (peek() == ']') {
                at++;
                return;
            }
            for (int index = 0; ; index++) {
                space();
                value(path + "[" + index + "]", null, -1, path + "#" + at, depth + 1);
                space();
                if (peek() == ',') {
                    at++;
                    continue;
                }
                expect(']');
                return;
            }
        }
        if (c == '"') {
            int start = at + 1;
            String value = string();
            strings.add(new Member(path, key, keyStart, value, start, at - 1, parent));
            return;
        }
        int start = at;
        while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw problem("a value was expected");
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw problem("a string has no closing quote");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = at < text.length() ? text.charAt(at++) : ' ';
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '"', '\\', '/' -> out.append(e);
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw problem("a \\u escape is cut short");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw problem("a \\u escape is not hexadecimal");
                    }
                    at += 4;
                }
                default -> throw problem("unknown escape \\" + e);
            }
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw problem("the JSON ends too early");
        }
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw problem("'" + c + "' was expected");
        }
        at++;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private InterchangeException problem(String what) {
        int line = 1;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return new InterchangeException("JSON line " + line + ": " + what + ".");
    }
}
