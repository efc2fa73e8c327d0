package org.verso.interchange.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * A Java {@code .properties} file read as {@link java.util.Properties#load} reads it, keeping where each value stands:
 * logical lines (a line ending in an odd number of backslashes goes on), {@code #} and {@code !} comments, keys ended
 * by an unescaped {@code =}, {@code :} or white space.
 */
final class PropertiesScan {

    /** One key and value; {@code valueStart}/{@code valueEnd} span the value's raw text, escapes and all. */
    record Entry(String key, String value, int valueStart, int valueEnd, String comment) {
    }

    private PropertiesScan() {
    }

    static List<Entry> scan(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int at = text.startsWith("\uFEFF") ? 1 : 0;
        while (at < text.length()) {
            int start = skipBlank(text, at);
            int lineEnd = lineEnd(text, start);
            if (start == lineEnd) {
                comments.clear();
            } else if (text.charAt(start) == '#' || text.charAt(start) == '!') {
                comments.add(text.substring(start + 1, lineEnd).strip());
            } else {
                int end = logicalEnd(text, start);
                entries.add(entry(text, start, end, comments.isEmpty() ? null : String.join("\n", comments)));
                comments.clear();
                lineEnd = end;
            }
            at = next(text, lineEnd);
        }
        return entries;
    }

    private static Entry entry(String text, int start, int end, String comment) {
        int at = start;
        while (at < end) {
            char c = text.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            at++;
        }
        int keyEnd = Math.min(at, end);
        at = skipBlank(text, keyEnd);
        if (at < end && (text.charAt(at) == '=' || text.charAt(at) == ':')) {
            at = skipBlank(text, at + 1);
        }
        int valueStart = Math.min(at, end);
        return new Entry(unescape(text.substring(start, keyEnd)), unescape(text.substring(valueStart, end)),
                valueStart, end, comment);
    }

    /** The end of the logical line starting at {@code start}: past every line ending in an odd run of backslashes. */
    private static int logicalEnd(String text, int start) {
        int end = lineEnd(text, start);
        while (end < text.length() && oddBackslashes(text, start, end)) {
            end = lineEnd(text, next(text, end));
        }
        return end;
    }

    private static boolean oddBackslashes(String text, int start, int end) {
        int count = 0;
        for (int i = end - 1; i >= start && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static int lineEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            at++;
        }
        return at;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
    }

    private static int skipBlank(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\f')) {
            at++;
        }
        return at;
    }

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < raw.length() && raw.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                case '\r', '\n' -> {
                    if (e == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                    while (i + 1 < raw.length() && " \t\f".indexOf(raw.charAt(i + 1)) >= 0) {
                        i++;
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
