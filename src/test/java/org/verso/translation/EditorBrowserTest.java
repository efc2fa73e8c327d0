package org.verso.translation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;
import org.verso.account.User;

/**
 * The editor in a real browser (Debian's Chromium through Playwright): what a translator and a reviewer do with the
 * keyboard and the mouse. Elements are found by role and accessible name, as a screen reader would find them.
 */
@QuarkusTest
@Tag("browser")
public class EditorBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void adminImportsAnArticleAndAddsALanguageThroughTheForms() {
        page = asAdmin();
        page.navigate("/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Import article")).click();
        String title = Newsroom.unique("Browser import");
        page.getByLabel("Title").fill(title);
        page.getByLabel("Paste the article").fill(sentence() + "\n\n" + sentence() + " " + sentence());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.getByLabel("Title")).hasValue(title);

        page.getByLabel("Add a target language").fill("de");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add language")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("German").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("German");
        assertThat(page.getByLabel("Translation of segment 1")).isFocused();
    }

    @Test
    void translatorConfirmsThreeSegmentsWithTheKeyboardAlone() {
        long id = article(4, "de");
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/de");
        for (int n = 1; n <= 3; n++) {
            Locator box = page.getByLabel("Translation of segment " + n);
            assertThat(box).isFocused();
            page.keyboard().type("Übersetzung nummer " + word(n) + " hier.");
            page.keyboard().press("Control+Enter");
            assertThat(page.getByLabel("Translation of segment " + (n + 1))).isFocused();
        }
        List<Long> segments = Newsroom.segmentIds(id);
        for (int n = 0; n < 3; n++) {
            // The saves run in the background once the focus moved on: each row says when it is stored.
            assertThat(page.locator("#seg-" + segments.get(n) + " .badge")).hasText("translated");
        }
        for (int n = 0; n < 3; n++) {
            Newsroom.Saved saved = Newsroom.translation(id, "de", segments.get(n));
            assertEquals("TRANSLATED", saved.status());
            assertEquals("Übersetzung nummer " + word(n + 1) + " hier.", saved.text());
        }
        assertEquals("NEW", Newsroom.translation(id, "de", segments.get(3)).status());
    }

    @Test
    void keysMoveBetweenSegmentsCopyTheSourceAndSkipToTheNextUntranslated() {
        long id = article(4, "de");
        List<Long> segments = Newsroom.segmentIds(id);
        Api.save(Api.ADMIN, id, "de", segments.get(1), "Schon übersetzt hier.", "TRANSLATED", 0)
                .then().statusCode(200);
        page = asAdmin();
        // With a page number the editor enters its first box (without one, the first segment waiting for the
        // viewer: for an admin, who reviews, segment 2).
        page.navigate("/documents/" + id + "/de?page=1");
        page.keyboard().press("Alt+ArrowDown");
        assertThat(page.getByLabel("Translation of segment 2")).isFocused();
        page.keyboard().press("Alt+ArrowUp");
        assertThat(page.getByLabel("Translation of segment 1")).isFocused();

        page.keyboard().press("Control+Shift+KeyC");
        String source = page.locator("#seg-" + segments.get(0) + " .source").innerText();
        assertThat(page.getByLabel("Translation of segment 1")).hasValue(source);
        page.keyboard().press("Control+Shift+Enter");
        assertThat(page.getByLabel("Translation of segment 3")).isFocused();
        // The save runs in the background once the focus moved on: its row says when it is stored.
        assertThat(page.locator("#seg-" + segments.get(0) + " .badge")).hasText("translated");
        assertEquals("TRANSLATED", Newsroom.translation(id, "de", segments.get(0)).status());
    }

    @Test
    void questionMarkListsTheShortcutsAndEscapeGoesBackToTheTranslation() {
        long id = article(2, "de");
        page = asAdmin();
        page.navigate("/documents/" + id + "/de");
        page.keyboard().press("Alt+ArrowDown");
        page.keyboard().press("Escape");
        page.keyboard().press("?");
        Locator keys = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        assertThat(keys).isVisible();
        assertThat(keys).containsText("Insert memory match 1…9");
        page.keyboard().press("Escape");
        assertThat(keys).isHidden();
        assertThat(page.getByLabel("Translation of segment 2")).isFocused();

        page.keyboard().press("Control+Shift+KeyF");
        assertThat(page.getByRole(AriaRole.SEARCHBOX)).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.getByLabel("Translation of segment 2")).isFocused();
    }

    @Test
    void aMemoryMatchGoesIntoTheBoxFromTheKeyboard() {
        String shared = sentence();
        long earlier = Api.importArticle(shared);
        Api.addLanguage(earlier, "de");
        Api.save(Api.ADMIN, earlier, "de", Api.segmentId(earlier, 0), "Die frühere Übersetzung hier.", "APPROVED", 0)
                .then().statusCode(200);
        long id = Api.importArticle(shared + "\n\n" + sentence());
        Api.addLanguage(id, "de");

        page = asAdmin();
        page.navigate("/documents/" + id + "/de");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use match 1"))).isVisible();
        page.getByLabel("Translation of segment 1").press("Control+Shift+Digit1");
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Die frühere Übersetzung hier.");
    }

    @Test
    void aQualityWarningShowsUnderTheSavedSegment() {
        long id = article(2, "de");
        page = asAdmin();
        page.navigate("/documents/" + id + "/de");
        page.keyboard().type("kleingeschrieben und ohne punkt");
        page.keyboard().press("Control+Enter");
        Locator issues = page.getByLabel("Quality checks on segment 1");
        assertThat(issues).containsText("capitalization");
        assertThat(issues).containsText("end-punctuation");
    }

    @Test
    void reviewerApprovesAndTheFinishedTranslationDownloads() throws IOException {
        long id = article(1, "de");
        long segment = Newsroom.firstSegment(id);
        Api.save(Api.ADMIN, id, "de", segment, "Ein fertiger deutscher Satz.", "TRANSLATED", 0).then().statusCode(200);
        Newsroom.Person reviewer = Newsroom.newUser("reviewer");
        page = chromium.logIn(root.toString(), reviewer.username(), reviewer.password());
        page.navigate("/documents/" + id + "/de");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 1"))
                .getByLabel("Status", new Locator.GetByLabelOptions().setExact(true))).hasText("approved");

        page.navigate("/documents/" + id);
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("text").setExact(true)).click());
        assertEquals("Ein fertiger deutscher Satz.", Files.readString(download.path()).strip());
    }

    @Test
    void persianTargetsAreWrittenRightToLeft() {
        long id = Newsroom.importArticle(Newsroom.unique("Ferry"), "en", Newsroom.SHORT_ARTICLE);
        Newsroom.addLanguage(id, "fa");
        long first = Newsroom.firstSegment(id);
        Api.save(Api.ADMIN, id, "fa", first, "کشتی شبانه به دریاچهٔ شمالی بازمی‌گردد", "TRANSLATED", 0)
                .then().statusCode(200);
        page = asAdmin();
        page.navigate("/documents/" + id + "/fa");
        Locator box = page.getByLabel("Translation of segment 1");
        assertEquals("rtl", box.evaluate("e => getComputedStyle(e).direction"));
        assertEquals("ltr", page.locator("#seg-" + first + " .source").evaluate("e => getComputedStyle(e).direction"));
        screenshot("editor-rtl.png");
    }

    @Test
    void aColleaguesSaveAppearsLiveAndTheirCursorShowsTheirName() {
        long id = article(3, "de");
        Newsroom.Person first = Newsroom.newUser("translator");
        Newsroom.Person second = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), first.username(), first.password());
        Page other = chromium.logIn(root.toString(), second.username(), second.password());
        try {
            openLive(page, id);
            openLive(other, id);
            page.keyboard().type("Gleichzeitig gespeichert hier.");
            page.keyboard().press("Control+Enter");

            assertThat(other.getByLabel("Translation of segment 1")).hasValue("Gleichzeitig gespeichert hier.");
            assertThat(other.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 1")))
                    .containsText(first.username() + " saved this just now");
            assertThat(other.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 2")))
                    .containsText(first.username() + " is editing");
            other.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "editor-live.png")));
        } finally {
            other.context().close();
        }
    }

    @Test
    void aHiddenEditorClosesItsStreamAndCatchesUpWhenShownAgain() {
        long id = article(2, "de");
        long segment = Newsroom.firstSegment(id);
        Api.User translator = Api.createUser("translator");
        page = asAdmin();
        openLive(page, id);

        ChromiumPerClass.setHidden(page, true);
        assertThat(page.locator("section.editor[data-live]")).hasCount(0);
        Api.save(translator, id, "de", segment, "Verpasst im anderen Tab.", "TRANSLATED", 0).then().statusCode(200);
        ChromiumPerClass.setHidden(page, false);

        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Verpasst im anderen Tab.");
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 1")))
                .containsText(translator.username() + " saved this while the tab was hidden");
        assertThat(page.locator("section.editor[data-live=open]")).hasCount(1);
    }

    @Test
    void aStaleSaveShowsBothTextsInsteadOfOverwriting() {
        long id = article(2, "de");
        long segment = Newsroom.firstSegment(id);
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        openLive(page, id);
        page.keyboard().type("Meine Fassung hier.");
        Api.save(Api.ADMIN, id, "de", segment, "Ihre Fassung hier.", "TRANSLATED", 0).then().statusCode(200);
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 1")))
                .containsText("while you were typing");
        page.keyboard().press("Control+Enter");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("saved segment 1 after you opened it");
        assertThat(page.getByLabel("Their text")).hasValue("Ihre Fassung hier.");
        assertThat(page.getByLabel("Your text")).hasValue("Meine Fassung hier.");
        screenshot("editor-conflict.png");
    }

    @Test
    void theDomHoldsOnePageWhileGoingThroughALongArticle() {
        long id = Newsroom.importArticle(Newsroom.unique("Tram"), "en", Newsroom.numberedStops(120));
        Newsroom.addLanguage(id, "de");
        page = asAdmin();
        page.navigate("/documents/" + id + "/de");
        Locator rows = page.getByRole(AriaRole.ARTICLE);
        assertThat(rows).hasCount(50);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next →")).click();
        assertThat(page.getByLabel("Translation of segment 51")).isFocused();
        assertThat(rows).hasCount(50);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next →")).click();
        assertThat(rows).hasCount(20);
    }

    @Test
    void mixedDirectionCommentsFollowTheirOwnText() {
        long id = article(1, "fa");
        long segment = Newsroom.firstSegment(id);
        page = asAdmin();
        page.navigate("/documents/" + id + "/segments/" + segment + "/comments?lang=fa");
        page.getByLabel("New comment").fill("نام «Reuters» را ترجمه نکنید");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();
        Locator comment = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Comment by admin"));
        assertEquals("rtl", comment.getByText("ترجمه").evaluate("e => getComputedStyle(e).direction"));
    }

    @Test
    void historyShowsTheChangedWordsAndRevertsToAnOlderVersion() {
        long id = article(1, "de");
        long segment = Newsroom.firstSegment(id);
        Api.save(Api.ADMIN, id, "de", segment, "Das rote Haus steht.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", segment, "Das blaue Haus steht.", "TRANSLATED", 1).then().statusCode(200);
        page = asAdmin();
        page.navigate("/documents/" + id + "/de");
        page.getByText("More").first().click(); // history, comments, split and join sit in the row's menu
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History of segment 1")).click();
        Locator diff = page.getByLabel("Word differences", new Page.GetByLabelOptions().setExact(false));
        assertThat(diff.locator("del")).hasText("rote");
        assertThat(diff.locator("ins")).hasText("blaue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revert to version 1")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("reverted to version 1");
        assertEquals("Das rote Haus steht.", Newsroom.translation(id, "de", segment).text());
    }

    /** Opens the editor and waits until its event stream is connected. */
    private static void openLive(Page browser, long id) {
        browser.navigate("/documents/" + id + "/de");
        browser.waitForSelector("section.editor[data-live=open]");
    }

    private Page asAdmin() {
        return chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password());
    }

    /** Screenshots land in target/screenshots; docs/ keeps copies for the README (docs/editor.md says how). */
    private void screenshot(String name) {
        Path out = Path.of("target", "screenshots", name);
        page.screenshot(new Page.ScreenshotOptions().setPath(out).setFullPage(false));
        assertTrue(Files.exists(out));
    }

    /** An article of {@code segments} one-sentence paragraphs with the language added; answers its id. */
    private static long article(int segments, String language) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments; i++) {
            text.append(sentence()).append("\n\n");
        }
        long id = Api.importArticle(text.toString());
        Api.addLanguage(id, language);
        return id;
    }

    /** A capitalised sentence nobody else writes: letters only, so the numbers check stays quiet. */
    public static String sentence() {
        String first = Api.letters(7);
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " " + Api.letters(5) + " "
                + Api.letters(8) + " " + Api.letters(6) + ".";
    }

    private static String word(int n) {
        return Map.of(1, "eins", 2, "zwei", 3, "drei").get(n);
    }
}
