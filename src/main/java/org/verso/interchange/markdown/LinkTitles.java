package org.verso.interchange.markdown;

import java.util.List;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.MarkupCode;
import org.verso.interchange.ParagraphText;

/**
 * Puts an inline link's translated title into its code's closing markup ({@code ](url "Title")}), escaping the
 * title's own delimiter so the translation cannot end the title early.
 */
final class LinkTitles {

    private LinkTitles() {
    }

    /**
     * @return whether the title is translated (then {@code codes} holds the closing markup with the translation);
     * false, and {@code codes} unchanged, when it is its source, left out, or the code is not there
     */
    static boolean translate(List<MarkupCode> codes, MarkdownSkeleton.Piece title, BilingualParagraph paragraph,
                             String language) {
        if (paragraph == null || paragraph.units().isEmpty() || title.code() > codes.size()
                || paragraph.units().stream().allMatch(u -> u.output().equals(u.source()))) {
            return false;
        }
        MarkupCode code = codes.get(title.code() - 1);
        String close = code.close();
        if (close == null || title.to() >= close.length()) {
            return false;
        }
        String text = escape(ParagraphText.of(paragraph, language), close.charAt(title.to()));
        codes.set(title.code() - 1, new MarkupCode(code.open(),
                close.substring(0, title.from()) + text + close.substring(title.to())));
        return true;
    }

    /** A backslash before the delimiter (and before "(" in a parenthesised title) that has none yet. */
    static String escape(String text, char delimiter) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean special = c == delimiter || delimiter == ')' && c == '(';
            if (special && (i == 0 || text.charAt(i - 1) != '\\')) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
