package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a translation must keep, as written: printf ({@code %s %d %1$s %.2f}, not after a digit, so
 * "25%" is no placeholder), braces ({@code {0} {name} {{var}}}), shell style ({@code $VAR ${var}}), and Verso's
 * inline codes: {@code <1>…</1>} for a paired code (bold, a link) and {@code <1/>} for a standalone one (an image,
 * a line break), numbered from 1 in source order.
 */
public final class Placeholders {

    public static final Pattern PATTERN = Pattern.compile(String.join("|",
            "(?<![\\d%])%(?:\\d+\\$)?[-+0#]*\\d*(?:\\.\\d+)?[sdifFgGxXoecubSp@]",
            "\\{\\{\\s*[\\p{L}\\d_.-]+\\s*\\}\\}",
            "\\{[\\p{L}\\d_][\\p{L}\\d_.-]*\\}",
            "\\$\\{[\\p{L}\\d_.-]+\\}",
            "\\$[A-Za-z_][A-Za-z0-9_]*",
            "</?\\d+/?>"));

    private Placeholders() {
    }

    /** The placeholders in order of appearance, spaces inside {{ }} removed so "{{ var }}" = "{{var}}". */
    static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (!mayHave(Texts.of(text))) {
            return found;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            String p = m.group();
            found.add(p.startsWith("{{") ? p.replaceAll("\\s+", "") : p);
        }
        return found;
    }

    /** Text with the placeholders replaced by a space. */
    static String remove(String text) {
        return mayHave(Texts.of(text)) ? PATTERN.matcher(text).replaceAll(" ") : Texts.of(text);
    }

    /** Every placeholder has one of these characters; most sentences have none, and then need no regex. */
    private static boolean mayHave(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '{' || c == '$' || c == '<') {
                return true;
            }
        }
        return false;
    }
}
