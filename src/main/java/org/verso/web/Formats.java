package org.verso.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.verso.interchange.InlineCodes;

/** How pages print values; display only, so it lives in templates rather than in the records. */
@TemplateExtension
final class Formats {

    private Formats() {
    }

    /**
     * A segment text with its inline codes ({@code <1>}, {@code </1>}, {@code <2/>}) as compact chips that cannot be
     * edited in place; the rest escaped as any text. The chip carries its code, for the editor to insert it.
     */
    static RawString withCodes(String text) {
        return withCodes(text, List.of());
    }

    /**
     * The same, each chip named by what its code stands for where that is known ({@code kinds}: code 1, 2, …):
     * "start of link 1", "image 3" — in its tooltip and, for screen readers, its label.
     */
    static RawString withCodes(String text, List<String> kinds) {
        if (text == null) {
            return new RawString("");
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (InlineCodes.Token token : InlineCodes.tokens(text)) {
            int n = token.number();
            String kind = n >= 1 && n <= kinds.size() ? kinds.get(n - 1) : null;
            switch (token.kind()) {
                case TEXT -> html.append(escape(token.text()));
                case OPEN -> chip(html, token, "code-open", "start of " + (kind == null ? "inline markup" : kind) + " " + n);
                case CLOSE -> chip(html, token, "code-close", "end of " + (kind == null ? "inline markup" : kind) + " " + n);
                case STANDALONE -> chip(html, token, "code-single", (kind == null ? "inline element" : kind) + " " + n);
            }
        }
        return new RawString(html.toString());
    }

    /** The chip shows the code itself, so offsets counted in the page's text (split at the cursor) stay right. */
    private static void chip(StringBuilder html, InlineCodes.Token token, String kind, String title) {
        html.append("<span class=\"code-chip ").append(kind).append("\" contenteditable=\"false\" data-code=\"")
                .append(escape(token.text())).append("\" title=\"").append(escape(title)).append("\" role=\"img\"")
                .append(" aria-label=\"").append(escape(title)).append("\">").append(escape(token.text()))
                .append("</span>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
