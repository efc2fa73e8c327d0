package org.verso.interchange.android;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Android string's content as text and back: a whole-content CDATA section is taken as it is; otherwise XML
 * character references and Android's backslash escapes ({@code \\' \\" \\n \\t \\@ \\? \\\\ \\uXXXX}) are read, and
 * inline markup ({@code <b>}, {@code <xliff:g>}) stays as written for the codes to protect.
 */
final class AndroidText {

    private static final Pattern CDATA = Pattern.compile("\\s*<!\\[CDATA\\[(.*)]]>\\s*", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);");

    private AndroidText() {
    }

    static boolean cdata(String raw) {
        return CDATA.matcher(raw).matches();
    }

    static String read(String raw) {
        Matcher cdata = CDATA.matcher(raw);
        if (cdata.matches()) {
            return cdata.group(1);
        }
        return unescape(entities(raw));
    }

    private static String entities(String raw) {
        Matcher m = ENTITY.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        while (m.find()) {
            String name = m.group(1);
            String c = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> character(name, m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A numeric character reference's character; one that names no character stays as written. */
    private static String character(String name, String written) {
        try {
            return Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            if (e == 'u' && i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
                continue;
            }
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> e;
            });
        }
        return out.toString();
    }

    /** Text between codes, escaped for an Android string outside CDATA. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '@', '?' -> out.append(i == 0 && out.isEmpty() ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A translation inside a CDATA section, split where it would close the section. */
    static String inCdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
