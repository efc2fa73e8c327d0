package org.verso.l10n;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English a person would see in a Qute template: text between tags and the {@code title}, {@code placeholder},
 * {@code aria-label}, {@code alt} attributes and the {@code value} of buttons and submit inputs ({@code <option>} text
 * is text between tags), once Qute comments, {@code {…}} expressions and sections, and {@code <script>} and
 * {@code <style>} bodies, HTML comments and the doctype are gone. URLs are not words. A word is English when it has two or more Latin letters and is not allowed.
 */
final class VisibleText {

    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}|<!--.*?-->|<![A-Za-z][^>]*>", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S*");
    private static final Pattern CODE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INNERMOST_BRACES = Pattern.compile("\\{[^{}]*}");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*[A-Za-z]");

    private VisibleText() {
    }

    /** The English words left in a template, each with where it was found ("text", "aria-label"…). */
    static List<String> englishIn(String template, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        for (String[] piece : visible(template)) {
            Matcher word = WORD.matcher(URL.matcher(piece[1]).replaceAll(" "));
            while (word.find()) {
                if (!allowed.contains(word.group())) {
                    found.add(piece[0] + ": \"" + piece[1].strip() + "\" (" + word.group() + ")");
                    break;
                }
            }
        }
        return found;
    }

    /** Pairs of (where, text) a person sees. */
    static List<String[]> visible(String template) {
        String html = CODE.matcher(COMMENT.matcher(template).replaceAll(" ")).replaceAll(" ");
        String before;
        do {
            before = html;
            html = INNERMOST_BRACES.matcher(html).replaceAll(" ");
        } while (!html.equals(before));
        List<String[]> pieces = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            addText(pieces, html.substring(textStart, tag.start()));
            textStart = tag.end();
            if (!tag.group(1).isEmpty()) {
                continue;
            }
            String name = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            boolean button = name.equals("button") || name.equals("input")
                    && attributes.matches("(?s).*\\btype\\s*=\\s*[\"'](submit|button|reset)[\"'].*");
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase();
                String value = attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                if (TEXT_ATTRIBUTES.contains(key) || button && key.equals("value")) {
                    pieces.add(new String[] {key, value});
                }
            }
        }
        addText(pieces, html.substring(textStart));
        return pieces;
    }

    private static void addText(List<String[]> pieces, String text) {
        if (!text.isBlank()) {
            pieces.add(new String[] {"text", text.replace("&nbsp;", " ")});
        }
    }
}
