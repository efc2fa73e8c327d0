package org.verso.segmentation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of a Golden Rules file (JSON Lines: {@code {"id", "name", "text", "expected": [...]}}).
 * The reader understands just the JSON those files use: objects of strings and arrays of strings.
 */
public record GoldenRuleCase(String id, String name, String text, List<String> expected) {

    public static List<GoldenRuleCase> read(Path file) throws IOException {
        List<GoldenRuleCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                cases.add(new Line(line).readCase());
            }
        }
        return cases;
    }

    /** Whether {@code segmenter} gives exactly the expected sentences (blank segments ignored). */
    boolean passes(Segmenter segmenter) {
        List<String> actual = segmenter.split(text).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return actual.equals(expected);
    }

    private static final class Line {
        private final String json;
        private int at;

        Line(String json) {
            this.json = json;
        }

        GoldenRuleCase readCase() {
            String id = "";
            String name = "";
            String text = "";
            List<String> expected = List.of();
            expect('{');
            do {
                String key = readString();
                expect(':');
                switch (key) {
                    case "id" -> id = readString();
                    case "name" -> name = readString();
                    case "text" -> text = readString();
                    case "expected" -> expected = readStrings();
                    default -> throw new IllegalArgumentException("Unknown field " + key + " in " + json);
                }
            } while (skip(','));
            expect('}');
            return new GoldenRuleCase(id, name, text, expected);
        }

        private List<String> readStrings() {
            List<String> strings = new ArrayList<>();
            expect('[');
            if (!skip(']')) {
                do {
                    strings.add(readString());
                } while (skip(','));
                expect(']');
            }
            return strings;
        }

        private String readString() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = json.charAt(at++); c != '"'; c = json.charAt(at++)) {
                out.append(c == '\\' ? unescape(json.charAt(at++)) : c);
            }
            return out.toString();
        }

        private char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'u' -> (char) Integer.parseInt(json.substring(at, at += 4), 16);
                default -> c;
            };
        }

        private boolean skip(char c) {
            while (Character.isWhitespace(json.charAt(at))) {
                at++;
            }
            if (json.charAt(at) != c) {
                return false;
            }
            at++;
            return true;
        }

        private void expect(char c) {
            if (!skip(c)) {
                throw new IllegalArgumentException("Expected '" + c + "' at " + at + " in " + json);
            }
        }
    }
}
