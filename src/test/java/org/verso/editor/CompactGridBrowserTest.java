package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * The compact grid (issue 19) at a laptop's 1366×768: a one-line segment row is at most 90 px high for a translator
 * and a reviewer; a target box grows with its text; glossary terms are one numbered button each; the tools and the
 * download are above the segments (partial while not everything is approved); the shortcut list opens at its top
 * with room for its descriptions. The screenshots go to target/screenshots (docs/editor-compact.png is a copy).
 */
@QuarkusTest
@Tag("browser")
class CompactGridBrowserTest {

    private static final String ARTICLE = "Storm closes the port.\n\nThe harbour master closed the port of Aldmere on"
            + " Monday after waves broke over the northern pier, and the ferry company said the crossing would"
            + " resume once the wind had dropped below gale force, probably on Wednesday morning.\n\nThe port"
            + " authority said the port would reopen.\n";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aOneLineRowIsAtMost90PixelsHighAndBoxesGrowWithTheirText() {
        long id = article();
        for (String role : new String[] {"translator", "reviewer"}) {
            Page page = open(Newsroom.newUser(role), id);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "editor-compact-" + role + ".png")));
            // Row 3 is one line of source, and not the row being worked on (that one also shows its matches).
            double oneLine = row(page, 3).boundingBox().height;
            assertTrue(oneLine <= 90, role + ": a one-line row is " + oneLine + " px high");
            Locator box = page.getByLabel("Translation of segment 2");
            double empty = box.boundingBox().height;
            box.fill("Der Hafenmeister schloss den Hafen von Aldmere am Montag, nachdem Wellen über die nördliche"
                    + " Mole geschlagen waren, und die Fährgesellschaft sagte, die Überfahrt werde wieder aufgenommen,"
                    + " sobald der Wind unter Sturmstärke gefallen sei, wahrscheinlich am Mittwochmorgen.");
            double full = box.boundingBox().height;
            assertTrue(full > empty * 1.5, "the box grew with its text: " + empty + " → " + full + " px");
            assertEquals((Object) box.evaluate("b => b.scrollHeight <= b.clientHeight + 1"), true,
                    "the whole translation shows, nothing cut");
        }
    }

    @Test
    void onlyTheActiveRowShowsItsButtons() {
        long id = article();
        Page page = open(Newsroom.newUser("translator"), id);
        page.mouse().move(0, 0); // the pointer rests outside every row
        Locator active = row(page, 1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"));
        Locator other = row(page, 3).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm"));
        assertThat(active).hasCSS("opacity", "1");
        assertThat(other).hasCSS("opacity", "0");
        assertThat(row(page, 3).locator(".badge")).hasCSS("opacity", "1"); // the status still reads on every row
        page.keyboard().press("Alt+ArrowDown");
        page.keyboard().press("Alt+ArrowDown");
        assertThat(other).hasCSS("opacity", "1");
        assertThat(active).hasCSS("opacity", "0");
        row(page, 1).hover(); // pointed at: its buttons come back for a mouse user
        assertThat(active).hasCSS("opacity", "1");
    }

    @Test
    void glossaryTermsAreOneNumberedButtonEachAndToolsAreAtTheTop() {
        long id = article();
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "targetLanguage", "de",
                "sourceTerm", "port", "targetTerm", "Hafen")).post("/api/glossary").then().statusCode(201);
        Page page = open(Newsroom.newUser("translator"), id);
        Locator terms = page.getByLabel("Glossary terms in segment 3");
        assertThat(terms.getByRole(AriaRole.BUTTON)).hasCount(1); // "port" twice in the sentence, one button
        assertThat(terms.getByRole(AriaRole.BUTTON)).containsText("1");

        Locator download = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions()
                .setName("Tools for this language")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("text"));
        assertTrue(download.boundingBox().y < row(page, 1).boundingBox().y, "the tools come before the segments");
        assertTrue(download.getAttribute("href").contains("partial=true"), "nothing approved yet: a partial download");
        Api.asAdmin().get(download.getAttribute("href")).then().statusCode(200);
    }

    @Test
    void theShortcutListOpensAtItsTopWithRoomForItsDescriptions() {
        long id = article();
        Page page = open(Newsroom.newUser("translator"), id);
        page.keyboard().press("Escape");
        page.keyboard().press("?");
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        assertThat(dialog).isVisible();
        assertThat(dialog.getByRole(AriaRole.HEADING)).isInViewport();
        double description = dialog.locator("td").first().boundingBox().width;
        assertTrue(description >= 250, "descriptions get a column of their own: " + description + " px");
    }

    private Page open(Newsroom.Person person, long id) {
        Page page = chromium.logIn(root.toString(), person.username(), person.password());
        page.setViewportSize(1366, 768);
        page.navigate("/documents/" + id + "/de?page=1");
        assertThat(page.getByLabel("Translation of segment 1")).isFocused();
        return page;
    }

    private static Locator row(Page page, int n) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment " + n));
    }

    private static long article() {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "de");
        return id;
    }
}
