package org.verso.interchange.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a plural unit's translation is stored in the one text a translation has: each form as its CLDR category, U+001F,
 * its text, every form preceded by U+001E ({@code "\u001Eone\u001F%d file\u001Eother\u001F%d files"}). A text not
 * starting with U+001E is no plural. The two separators are control characters no catalog format can carry (XML 1.0
 * forbids them), so a form holding one is refused rather than escaped.
 */
public final class PluralText {

    /** CLDR's order of the categories, the order forms are stored and shown in. */
    public static final List<String> CATEGORIES = List.of("zero", "one", "two", "few", "many", "other");

    private static final char FORM = '\u001E';
    private static final char NAME = '\u001F';

    private PluralText() {
    }

    public static boolean isPlural(String text) {
        return text != null && !text.isEmpty() && text.charAt(0) == FORM;
    }

    /**
     * One text for the forms, in CLDR order; empty forms are left out, and no form at all is null.
     *
     * @throws IllegalArgumentException for an unknown category or a form holding a separator
     */
    public static String encode(Map<String, String> forms) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> form : ordered(forms).entrySet()) {
            String text = form.getValue();
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (text.indexOf(FORM) >= 0 || text.indexOf(NAME) >= 0) {
                throw new IllegalArgumentException("The \"" + form.getKey()
                        + "\" form holds a control character (U+001E or U+001F), which no catalog can carry.");
            }
            out.append(FORM).append(form.getKey()).append(NAME).append(text);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The forms of a stored text by category; a text that is no plural is its {@code other} form. */
    public static Map<String, String> decode(String text) {
        Map<String, String> forms = new LinkedHashMap<>();
        if (text == null) {
            return forms;
        }
        if (!isPlural(text)) {
            forms.put("other", text);
            return forms;
        }
        for (String part : text.substring(1).split(String.valueOf(FORM), -1)) {
            int name = part.indexOf(NAME);
            if (name > 0) {
                forms.put(part.substring(0, name), part.substring(name + 1));
            }
        }
        return forms;
    }

    /** The {@code other} form (the one a single text stands for); the text itself when it is no plural. */
    public static String other(String text) {
        if (!isPlural(text)) {
            return text;
        }
        Map<String, String> forms = decode(text);
        return forms.getOrDefault("other", forms.values().stream().reduce((a, b) -> b).orElse(""));
    }

    /**
     * The forms in CLDR order.
     *
     * @throws IllegalArgumentException for a category CLDR does not have
     */
    public static Map<String, String> ordered(Map<String, String> forms) {
        for (String category : forms.keySet()) {
            if (!CATEGORIES.contains(category)) {
                throw new IllegalArgumentException("Unknown plural category \"" + category + "\"; use "
                        + String.join(", ", CATEGORIES) + ".");
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        CATEGORIES.stream().filter(forms::containsKey).forEach(c -> ordered.put(c, forms.get(c)));
        return ordered;
    }
}
