package org.verso.machine.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.qa.Placeholders;

/**
 * Keeps inline codes and placeholders out of the engine's hands. Before sending, a paired code {@code <1>…</1>}
 * becomes {@code <g id="1">…</g>} (so the engine may move the words inside it along with their translation), and
 * every standalone code or placeholder ({@code <2/>}, {@code {0}}, {@code %s}, {@code {{name}}}) becomes an empty
 * tag {@code <x id="N"/>}; the rest is escaped as XML text. Engines asked to keep tags (Apertium and LibreTranslate
 * "html", DeepL "xml") return them untouched, and {@link #restore} puts the originals back.
 */
public final class MarkupProtection {

    /** Text ready for an engine, and the placeholders its {@code <x id="N"/>} tags stand for (N from 1). */
    public record Protected(String markup, List<String> placeholders) {
    }

    private static final Pattern PAIRED_OPEN = Pattern.compile("<(\\d+)>");
    private static final Pattern PAIRED_CLOSE = Pattern.compile("</(\\d+)>");
    private static final Pattern TAG = Pattern.compile(
            "<g\\s+id=\"(\\d{1,6})\"\\s*>|</g\\s*>|<x\\s+id=\"(\\d{1,6})\"\\s*/?>(?:\\s*</x>)?");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");

    private MarkupProtection() {
    }

    public static Protected protect(String text) {
        Matcher m = Placeholders.PATTERN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<String> kept = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String found = m.group();
            Matcher open = PAIRED_OPEN.matcher(found);
            Matcher close = PAIRED_CLOSE.matcher(found);
            if (open.matches()) {
                out.append("<g id=\"").append(open.group(1)).append("\">");
            } else if (close.matches()) {
                out.append("</g>");
            } else {
                kept.add(found);
                out.append("<x id=\"").append(kept.size()).append("\"/>");
            }
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return new Protected(out.toString(), List.copyOf(kept));
    }

    /** The engine's markup with the codes and placeholders put back and entities unescaped. */
    public static String restore(String markup, List<String> placeholders) {
        Matcher m = TAG.matcher(markup);
        StringBuilder out = new StringBuilder(markup.length());
        Deque<String> open = new ArrayDeque<>();
        int last = 0;
        while (m.find()) {
            out.append(unescape(markup.substring(last, m.start())));
            if (m.group(1) != null) {
                open.push(m.group(1));
                out.append('<').append(m.group(1)).append('>');
            } else if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2)) - 1;
                out.append(index >= 0 && index < placeholders.size() ? placeholders.get(index) : "");
            } else if (!open.isEmpty()) {
                out.append("</").append(open.pop()).append('>');
            }
            last = m.end();
        }
        out.append(unescape(markup.substring(last)));
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(r -> Matcher.quoteReplacement(entity(r.group(1), r.group(2), r.group(3))));
    }

    private static String entity(String decimal, String hex, String name) {
        if (decimal != null || hex != null) {
            int code = decimal != null ? Integer.parseInt(decimal) : Integer.parseInt(hex, 16);
            return Character.isValidCodePoint(code) ? Character.toString(code) : "";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "'";
        };
    }
}
