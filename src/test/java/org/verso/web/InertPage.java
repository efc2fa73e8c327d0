package org.verso.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches one browser page for markup that came alive: a JavaScript dialog, a request to the corpus's probe URLs
 * ({@code /xss-probe…}, {@code evil.example}), {@code window.__xss}, and in the DOM any element a payload could have
 * made (a {@code data-xss} attribute, an inline handler, a {@code javascript:}/{@code data:} URL, an inline or foreign
 * script, a frame, an object, a base, a refresh). Also checks that payloads are on the page as text. Everything wrong
 * is collected, so one run reports every page at once.
 */
final class InertPage {

    /** Elements and attributes that Verso's own pages never have and that only an injected payload would bring. */
    private static final String PROBE = """
            () => {
              const found = [];
              const urls = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'];
              for (const el of document.querySelectorAll('*')) {
                for (const a of Array.from(el.attributes)) {
                  const n = a.name.toLowerCase();
                  if (n.startsWith('on') || n === 'data-xss' || n.startsWith('hx-on') || n === 'srcdoc'
                      || (n.startsWith('hx-') && /xss|logout/i.test(a.value))
                      || (urls.includes(n) && /^\\s*(javascript|vbscript|data):/i.test(a.value))
                      || (n === 'style' && /expression|url\\(/i.test(a.value))) {
                    found.push('<' + el.localName + ' ' + n + '="' + a.value.slice(0, 80) + '">');
                  }
                }
              }
              const foreign = 'script:not([src^="/js/"]):not([src^="/webjars/"]), iframe, frame, object, embed, base,'
                  + ' meta[http-equiv], style, link:not([href^="/"])';
              for (const el of document.querySelectorAll(foreign)) {
                found.push('<' + el.localName + '> ' + el.outerHTML.slice(0, 80));
              }
              if (window.__xss !== undefined) {
                found.push('window.__xss = ' + window.__xss);
              }
              return found;
            }""";

    /** What a reader sees: the rendered text, the values of form fields and the window title. */
    private static final String TEXT = """
            () => document.title + '\\n' + document.body.innerText + '\\n'
                + Array.from(document.querySelectorAll('textarea, input')).map(e => e.value).join('\\n')""";

    private final Page page;
    private final List<String> problems = new ArrayList<>();

    InertPage(Page page) {
        this.page = page;
        page.onDialog(dialog -> {
            problems.add(page.url() + ": a " + dialog.type() + " dialog fired: " + dialog.message());
            dialog.dismiss();
        });
        page.context().onRequest(request -> {
            URI target = URI.create(request.url());
            // The path, not the query: a test may itself put a payload naming the probe into a query.
            if (String.valueOf(target.getPath()).contains("xss-probe")
                    || String.valueOf(target.getHost()).contains("evil.example")) {
                problems.add(page.url() + ": a payload requested " + request.url());
            }
        });
    }

    Page page() {
        return page;
    }

    /** Opens {@code path} and checks it; each of {@code literals} must be shown as text. */
    InertPage visit(String path, List<String> literals) {
        page.navigate(path);
        return check(path, literals);
    }

    /** Checks the page as it is now (after a click, say). */
    InertPage check(String where, List<String> literals) {
        page.waitForLoadState(LoadState.LOAD);
        // A handler fires on an event after load (autofocus, htmx's load trigger): give the page a moment and a frame.
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 150)))");
        @SuppressWarnings("unchecked")
        List<String> alive = (List<String>) page.evaluate(PROBE);
        alive.forEach(a -> problems.add(where + ": injected " + a));
        String text = (String) page.evaluate(TEXT);
        literals.stream().filter(l -> !text.contains(l))
                .forEach(l -> problems.add(where + ": not shown as text: " + l));
        return this;
    }

    List<String> problems() {
        return problems;
    }
}
