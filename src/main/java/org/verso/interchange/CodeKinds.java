package org.verso.interchange;

import java.util.Locale;
import java.util.Map;

/**
 * What an inline code stands for, in a word a translator knows ("link", "bold", "image"), for the editor's chips: a
 * code shows as {@code <1>}, and its tooltip and its name for screen readers say which markup it carries.
 */
public final class CodeKinds {

    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("a", "link"), Map.entry("b", "bold"),
            Map.entry("strong", "bold"), Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("s", "strikethrough"), Map.entry("del", "deletion"),
            Map.entry("ins", "insertion"), Map.entry("img", "image"), Map.entry("br", "line break"),
            Map.entry("code", "code"), Map.entry("kbd", "keyboard key"), Map.entry("sup", "superscript"),
            Map.entry("sub", "subscript"), Map.entry("span", "formatting"), Map.entry("abbr", "abbreviation"),
            Map.entry("q", "quotation"), Map.entry("time", "time"), Map.entry("mark", "highlight"),
            Map.entry("small", "small print"), Map.entry("cite", "citation"), Map.entry("wbr", "word break"));

    private CodeKinds() {
    }

    /** An HTML element's kind by its tag name; an unknown tag is named as itself ("element dfn"). */
    public static String ofTag(String tagName) {
        String tag = tagName.toLowerCase(Locale.ROOT);
        return TAGS.getOrDefault(tag, "element " + tag);
    }

    /** A Markdown code's kind by its markup: {@code [}…{@code ](url)}, {@code **}, {@code `x`}, {@code ![alt](src)}. */
    public static String ofMarkdown(MarkupCode code) {
        String open = code.open();
        if (!code.paired()) {
            if (open.startsWith("![")) {
                return "image";
            }
            if (open.startsWith("`")) {
                return "code";
            }
            if (open.startsWith("<") && open.endsWith(">")) {
                return "link";
            }
            return open.isBlank() || open.startsWith("\\") ? "line break" : "markup";
        }
        return switch (open) {
            case "[" -> "link";
            case "**", "__" -> "bold";
            case "*", "_" -> "italic";
            case "~~" -> "strikethrough";
            default -> "markup";
        };
    }
}
