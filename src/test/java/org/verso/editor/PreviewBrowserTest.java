package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * The live preview (issue 19): beside the grid, the article as it will be exported — headings and paragraphs, the
 * translation where there is one and the source (marked) where there is not — following the translator's own saves
 * and other people's, with the segment being worked on highlighted.
 */
@QuarkusTest
@Tag("browser")
class PreviewBrowserTest {

    private static final String ARTICLE = "# Storm closes the port\n\nThe harbour master closed the port on Monday."
            + " Ferries will wait.\n\nThe crossing resumes on Wednesday.\n";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void thePreviewFollowsSavesAndHighlightsTheActiveSegment() {
        long id = Api.importArticle("markdown", ARTICLE);
        Api.addLanguage(id, "de");
        Newsroom.Person translator = Newsroom.newUser("translator");
        Page page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/de");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Live preview")).check();
        Locator preview = page.getByLabel("Preview of the translation");
        assertThat(preview.locator("h2")).hasText("Storm closes the port");
        assertThat(preview.locator(".pv-untranslated")).hasCount(4);

        page.getByLabel("Translation of segment 1").focus();
        page.keyboard().type("Sturm schließt den Hafen");
        page.keyboard().press("Control+Enter");
        assertThat(preview.locator("h2")).hasText("Sturm schließt den Hafen");
        assertThat(preview.locator(".pv-active")).hasAttribute("data-segment", String.valueOf(Api.segmentId(id, 1)));

        // Someone else's save arrives live and the preview follows it.
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 3), "Die Überfahrt beginnt am Mittwoch wieder.", "TRANSLATED",
                0).then().statusCode(200);
        assertThat(preview.locator("p").nth(1)).hasText("Die Überfahrt beginnt am Mittwoch wieder.");
        assertThat(preview.locator("p").first()).containsText("The harbour master closed the port on Monday."
                + " Ferries will wait.");

        page.reload(); // remembered in this browser
        assertThat(page.getByLabel("Preview of the translation").locator("h2")).hasText("Sturm schließt den Hafen");
    }

    @Test
    void withoutJavaScriptThePreviewIsAPageOfItsOwnAndLeavesOutWhatTheExportLeavesOut() {
        long id = Api.importArticle("markdown", "Skip to content\n\n" + ARTICLE);
        Api.addLanguage(id, "de");
        String html = Browser.admin().get("/documents/" + id + "/de/preview").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("<h2><span class=\"pv-untranslated\""), html);
        assertTrue(html.contains("Back to the editor"), html);
        assertFalse(html.contains("Skip to content"), "boilerplate left out of the export is not previewed");
    }

    @Test
    void anHtmlArticleIsPreviewedAsItsPageWithTheActiveSegmentHighlighted() {
        long id = Api.importArticle("html", "<!DOCTYPE html><html><head><title>Port</title>"
                + "<style>h1 { color: rgb(0, 51, 102); }</style></head><body><article>"
                + "<h1>Storm closes the port</h1><p>The harbour master closed the port on Monday. Ferries will wait."
                + "</p></article></body></html>");
        Api.addLanguage(id, "de");
        Newsroom.Person translator = Newsroom.newUser("translator");
        Page page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/de");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Live preview")).check();
        FrameLocator article = page.frameLocator("iframe.preview-page");
        assertThat(article.locator("h1")).hasText("Storm closes the port");
        assertThat(article.locator("h1")).hasCSS("color", "rgb(0, 51, 102)"); // the page's own style

        page.getByLabel("Translation of segment 2").focus();
        page.keyboard().type("Sturm schließt den Hafen");
        page.keyboard().press("Control+Enter");
        assertThat(article.locator("h1")).hasText("Sturm schließt den Hafen");
        page.getByLabel("Translation of segment 3").focus();
        page.waitForFunction("() => { const w = document.querySelector('iframe.preview-page').contentWindow;"
                + " const h = w.CSS.highlights.get('pv-active'); return !!h && [...h][0].toString()"
                + " === 'The harbour master closed the port on Monday.'; }");
        Object untranslated = page.evaluate("() => [...document.querySelector('iframe.preview-page').contentWindow"
                + ".CSS.highlights.get('pv-untranslated')].map(r => r.toString()).join('|')");
        assertTrue(String.valueOf(untranslated).contains("Ferries will wait."), String.valueOf(untranslated));
        assertFalse(String.valueOf(untranslated).contains("Sturm"), String.valueOf(untranslated));
    }
}
