package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.translation.Translation;

/**
 * The XSS corpus (src/test/resources/org/verso/web/xss-payloads.txt, fifty payloads) in every field people write
 * and others read — titles, source text pasted, in Markdown, HTML and XLIFF, translations and revision comments,
 * comments with mentions, glossary terms and notes, memory units, upload file names, a new source version, search
 * and replace — and then every page that shows them, in Chromium. No dialog fires, no payload requests anything, no
 * element or attribute a payload carries exists, and the payloads are there as text. The browser ignores the
 * Content-Security-Policy here, so what is proven is the escaping itself; the policy is a second wall
 * (CrossSiteGuardTest). The HTML export of the payload translations is loaded as a page of its own and is inert too.
 */
@QuarkusTest
@Tag("browser")
class XssBrowserTest {

    static final List<String> PAYLOADS = corpus();

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();
    private static XssDesk desk;

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCorpusHasFiftyDistinctPayloads() {
        assertEquals(50, PAYLOADS.stream().distinct().count());
    }

    @Test
    void everyPageShowsThePayloadsAsTextAndRunsNone() {
        XssDesk d = desk();
        InertPage watch = new InertPage(chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password(),
                true));
        try {
            documents(watch, d);
            editor(watch, d);
            segmentPages(watch, d);
            sharedPages(watch, d);
            replace(watch, d);
            assertEquals(List.of(), watch.problems());
        } finally {
            watch.page().context().close();
        }
    }

    @Test
    void theHtmlExportOfPayloadTranslationsIsInert() {
        XssDesk d = desk();
        String html = Api.asAdmin().get("/api/documents/{id}/languages/{lang}/export?format=html&partial=true",
                d.html, XssDesk.LANG).then().statusCode(200).contentType("text/html").extract().asString();
        Page page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password(), true);
        BrowserContext context = page.context();
        try {
            // Served from a host of its own, as a reader would open the published file: no Verso header applies.
            context.route("http://export.test/**", route -> route.fulfill(new Route.FulfillOptions()
                    .setContentType("text/html; charset=utf-8").setBody(html)));
            InertPage watch = new InertPage(page).visit("http://export.test/article.html", IntStream
                    .range(0, PAYLOADS.size()).mapToObj(i -> "Import: " + PAYLOADS.get(i)).toList());
            assertEquals(List.of(), watch.problems());
        } finally {
            context.close();
        }
    }

    /** The document list and each document's page. */
    private static void documents(InertPage watch, XssDesk d) {
        watch.visit("/documents", d.titles);
        watch.visit("/documents/" + d.text, PAYLOADS);
        for (long id : List.of(d.markdown, d.html, d.hostileHtml, d.xliff)) {
            watch.visit("/documents/" + id, List.of());
        }
    }

    /**
     * The editor of each document; in the text article's, the first target box is entered (presence, panels), the
     * memory searched, and a save by someone else arrives live.
     */
    private static void editor(InertPage watch, XssDesk d) {
        List<String> shown = new ArrayList<>(PAYLOADS);
        PAYLOADS.forEach(p -> shown.add("Bericht " + p));
        String editor = "/documents/" + d.text + "/" + XssDesk.LANG;
        watch.visit(editor, shown);
        Page page = watch.page();
        page.getByLabel("Translation of segment 1").first().click();
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search the memory"))
                .fill("Report " + d.words.get(0));
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('#concordance-results') !== null"
                + " && document.querySelector('#concordance-results').innerText.includes('Bericht')");
        String live = "Live " + PAYLOADS.get(14);
        int version = ((Number) Api.translation(d.text, XssDesk.LANG, d.textSegments.get(1)).get("version")).intValue();
        Api.createUser("translator").request().contentType(ContentType.JSON)
                .body(Map.of("text", live, "status", "TRANSLATED", "version", version))
                .put("/api/documents/{id}/languages/{lang}/translations/{segmentId}", d.text, XssDesk.LANG,
                        d.textSegments.get(1)).then().statusCode(200);
        page.waitForFunction("live => Array.from(document.querySelectorAll('textarea')).some(t => t.value === live)"
                + " || document.body.innerText.includes(live)", live);
        watch.check(editor + " (after a search, a focus and a live save)", List.of(live, "Bericht " + PAYLOADS.get(0)));
        for (long id : List.of(d.markdown, d.html, d.hostileHtml, d.xliff)) {
            watch.visit("/documents/" + id + "/" + XssDesk.LANG, List.of());
        }
    }

    /** Comments, history and memory matches of a few segments whose payloads break out of text, attributes, titles. */
    private static void segmentPages(InertPage watch, XssDesk d) {
        for (int i : XssDesk.OPENED) {
            long segment = d.textSegments.get(i);
            String payload = PAYLOADS.get(i);
            watch.visit("/documents/" + d.text + "/segments/" + segment + "/comments?lang=" + XssDesk.LANG,
                    d.tenth(i));
            List<String> history = new ArrayList<>(d.tenth(i));
            history.add("Bericht " + payload);
            watch.visit("/documents/" + d.text + "/history/" + XssDesk.LANG + "/" + segment, history);
            watch.visit("/documents/" + d.text + "/" + XssDesk.LANG + "/segments/" + segment + "/matches",
                    List.of("Bericht " + payload));
        }
        long imported = ((Number) Api.segments(d.html).get(1).get("id")).longValue();
        watch.visit("/documents/" + d.html + "/history/" + XssDesk.LANG + "/" + imported,
                List.of(XssDesk.XLIFF_NAME));
        watch.visit("/documents/" + d.text + "/versions", List.of());
        watch.visit("/documents/" + d.text + "/versions/2", List.of(PAYLOADS.get(0)));
        watch.visit("/documents/" + d.text + "/stats/" + XssDesk.LANG, List.of());
        watch.visit("/documents/" + d.text + "/" + XssDesk.LANG + "/qa", List.of());
        watch.visit("/documents/" + d.text + "/" + XssDesk.LANG + "/analysis", List.of());
    }

    /** The glossary, the memory's concordance, the jobs, the users. */
    private static void sharedPages(InertPage watch, XssDesk d) {
        watch.visit("/glossary?source=en&target=" + XssDesk.LANG, PAYLOADS);
        for (int i : List.of(0, 13, 49)) {
            watch.visit("/memory?source=en&target=" + XssDesk.LANG + "&q=" + d.words.get(i),
                    List.of("Bericht " + PAYLOADS.get(i)));
        }
        // Payloads in a query or a path come back in a search box or an error page.
        watch.visit("/memory?source=en&target=" + XssDesk.LANG + "&q=" + url(PAYLOADS.get(0)),
                List.of(PAYLOADS.get(0)));
        watch.visit("/glossary?source=" + url(PAYLOADS.get(2)) + "&target=" + XssDesk.LANG, List.of());
        watch.visit("/documents/" + d.text + "/replace/" + url(XssDesk.TMX_NAME), List.of());
        watch.visit("/jobs", List.of(XssDesk.TMX_NAME));
        watch.visit("/jobs/" + d.memoryJob, List.of(XssDesk.TMX_NAME));
        watch.visit("/users", List.of());
    }

    /** A search and replace preview whose find and replace strings are payloads. */
    private static void replace(InertPage watch, XssDesk d) {
        String path = "/documents/" + d.text + "/replace/" + XssDesk.LANG;
        watch.visit(path, List.of());
        Page page = watch.page();
        page.getByLabel("Find", new Page.GetByLabelOptions().setExact(true)).fill(PAYLOADS.get(0));
        page.getByLabel("Replace with").fill(PAYLOADS.get(12));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        watch.check(path + " (preview)", List.of(PAYLOADS.get(0), PAYLOADS.get(12)));
    }

    /** The watch itself: a page that prints payloads raw is caught by the dialog, the probe and the element. */
    @Test
    void aPagePrintingPayloadsRawIsCaught() {
        Page page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password(), true);
        try {
            page.context().route("http://raw.test/**", route -> route.fulfill(new Route.FulfillOptions()
                    .setContentType("text/html").setBody("<p>" + PAYLOADS.get(0) + PAYLOADS.get(2) + "</p>")));
            List<String> problems = new InertPage(page).visit("http://raw.test/", List.of(PAYLOADS.get(0))).problems();
            assertEquals(List.of(true, true, true, true), List.of(
                    problems.stream().anyMatch(p -> p.contains("dialog fired: xss")),
                    problems.stream().anyMatch(p -> p.contains("requested http://raw.test/xss-probe.png")),
                    problems.stream().anyMatch(p -> p.contains("injected <img onerror=")),
                    problems.stream().anyMatch(p -> p.contains("not shown as text"))), String.join("\n", problems));
        } finally {
            page.context().close();
        }
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static synchronized XssDesk desk() {
        if (desk == null) {
            desk = new XssDesk(PAYLOADS).build();
        }
        return desk;
    }

    private static List<String> corpus() {
        return Api.resource("/org/verso/web/xss-payloads.txt").lines()
                .filter(line -> !line.isEmpty() && !line.startsWith("# ")).toList();
    }
}
