package org.verso.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The template scanner itself: it finds English where a person sees it, and only there. */
class VisibleTextTest {

    private static final Set<String> ALLOWED = Set.of("Verso", "Ctrl", "Enter");

    @Test
    void findsEnglishInTextAndInTheAttributesAPersonReads() {
        String template = """
                {#include base}
                <h1>My work</h1>
                <input name="q" placeholder="Search terms">
                <a href="/x" aria-label="Open {doc.title}">{common:open}</a>
                <img src="a.png" alt="Logo">
                <button title="{common:save}" value="go">{common:save}</button>
                <input type="submit" value="Send now">
                <select><option value="low">low</option></select>
                {/include}""";
        assertEquals(List.of("text: \"My work\" (My)", "placeholder: \"Search terms\" (Search)",
                "aria-label: \"Open\" (Open)", "alt: \"Logo\" (Logo)", "value: \"go\" (go)",
                "value: \"Send now\" (Send)", "text: \"low\" (low)"), VisibleText.englishIn(template, ALLOWED));
    }

    @Test
    void expressionsCommentsScriptsStylesAndAllowedTokensAreNotEnglish() {
        String template = """
                <!DOCTYPE html>
                {! A comment in English !}
                <!-- an HTML comment -->
                <input type="url" placeholder="https://cms.example.org/hook">
                <html lang="{inject:ui.language}" dir="{inject:ui.dir}">
                <script>const hello = "world";</script><style>.a { color: red; }</style>
                <h1>{common:title} · Verso</h1>
                <p class="meta" data-note="not read">{#if x}{common:yes}{#else}{common:no}{/if} 42% <kbd>Ctrl+Enter</kbd></p>
                <input type="hidden" name="action" value="draft">
                <meta name="htmx-config" content='{"responseHandling":[{"code":"204","swap":false}]}'>
                <p>Ошибка · خطا · Хато</p>""";
        assertEquals(List.of(), VisibleText.englishIn(template, ALLOWED));
    }
}
