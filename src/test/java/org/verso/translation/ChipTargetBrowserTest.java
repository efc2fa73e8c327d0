package org.verso.translation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Position;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * The translation box of a segment with inline codes, in Chromium: the codes are chips that cannot be edited, only
 * deleted whole, moved and inserted again, and what is saved is the text with exactly the codes' tokens. Without
 * JavaScript the textarea form saves the same tokens.
 */
@QuarkusTest
@Tag("browser")
class ChipTargetBrowserTest {

    private static final Pattern ANY_CODE = Pattern.compile("^(start|end) of ");
    /** The editor's save of one segment: POST /documents/{id}/{lang}/segments/{segment}?… */
    private static final Pattern SAVE = Pattern.compile("/documents/\\d+/[^/]+/segments/\\d+(\\?|$)");

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;

    @Test
    void codesAreChipsAndTextTypedAroundThemIsSavedWithExactlyTheTokens() {
        Article article = article("de", coded(), "<p>" + plain() + "</p>");
        page = editor(article, "de");
        Locator box = box(1);
        assertThat(box).isFocused();
        page.keyboard().type("Erst ");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type("zwei");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type(" drei ");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type("vier");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type(" fuenf.");
        assertThat(box.getByTitle(ANY_CODE)).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "editor-chips.png")));
        confirm();

        Locator plainBox = page.getByLabel("Translation of segment 2");
        assertThat(plainBox).isFocused();
        assertEquals("textarea", plainBox.evaluate("e => e.localName"), "a segment without codes keeps its textarea");
        assertEquals("Erst <1>zwei</1> drei <2>vier</2> fuenf.", saved(article, 0).text());
        assertEquals("TRANSLATED", saved(article, 0).status());
        assertThat(box(1).getByTitle("end of link 2")).hasCount(1);

        page.keyboard().type("Schlicht und einfach.");
        confirm();
        assertThat(segment(2).getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)))
                .hasText("translated");
        assertEquals("Schlicht und einfach.", saved(article, 1).text());
    }

    @Test
    void backspaceOrDeleteBesideAChipRemovesItWholeAndTheSaveReportsTheMissingCode() {
        Article article = article("de", coded());
        save(article, "Erst <1>zwei</1> drei <2>vier</2> fuenf.");
        page = editor(article, "de");
        Locator box = box(1);
        assertThat(box.getByTitle(ANY_CODE)).hasCount(4);
        page.keyboard().press("End");
        press("ArrowLeft", " fuenf.".length());
        page.keyboard().press("Backspace");
        page.keyboard().press("Home");
        press("ArrowRight", "Erst ".length());
        page.keyboard().press("Delete");
        assertThat(box.getByTitle(ANY_CODE)).hasCount(2);
        confirmOverErrors();

        assertThat(page.getByLabel("Quality checks on segment 1")).containsText("The placeholder </2> is missing");
        assertThat(page.getByLabel("Quality checks on segment 1")).containsText("The placeholder <1> is missing");
        assertEquals("Erst zwei</1> drei <2>vier fuenf.", saved(article, 0).text());
    }

    @Test
    void undoBringsADeletedChipBackAndRedoTakesItAgain() {
        Article article = article("de", coded());
        save(article, "Erst <1>zwei</1> drei <2>vier</2> fuenf.");
        page = editor(article, "de");
        Locator box = box(1);
        page.keyboard().press("End");
        press("ArrowLeft", " fuenf.".length());
        page.keyboard().press("Backspace");
        page.keyboard().type("x");
        assertThat(box.getByTitle(ANY_CODE)).hasCount(3);
        press("Control+KeyZ", 2);
        assertThat(box.getByTitle(ANY_CODE)).hasCount(4);
        page.keyboard().press("Control+Shift+KeyZ");
        assertThat(box.getByTitle(ANY_CODE)).hasCount(3);
        confirmOverErrors();

        assertEquals("Erst <1>zwei</1> drei <2>vier fuenf.", saved(article, 0).text());
    }

    @Test
    void altShiftTAndAClickOnASourceChipPutCodesBackWhereTheCursorIs() {
        Article article = article("de", coded());
        save(article, "Erst zwei drei vier fuenf.");
        page = editor(article, "de");
        page.keyboard().press("Home");
        press("ArrowRight", "Erst ".length());
        page.keyboard().press("Alt+Shift+KeyT");
        press("ArrowRight", "zwei".length());
        segment(1).getByTitle("end of bold 1").click();
        assertThat(box(1)).isFocused();
        assertThat(box(1).getByTitle(ANY_CODE)).hasCount(2);
        confirmOverErrors();

        assertEquals("Erst <1>zwei</1> drei vier fuenf.", saved(article, 0).text());
    }

    @Test
    void aChipCutAndPastedLandsAtTheNewPlaceStillAChip() {
        Article article = article("de", coded());
        save(article, "Erst <1>zwei</1> drei <2>vier</2> fuenf.");
        page = editor(article, "de");
        Locator box = box(1);
        box.getByTitle("end of bold 1").evaluate("""
                chip => { const range = document.createRange(); range.selectNode(chip);
                          getSelection().removeAllRanges(); getSelection().addRange(range); }""");
        page.keyboard().press("Control+KeyX");
        assertThat(box.getByTitle("end of bold 1")).hasCount(0);
        page.keyboard().press("End");
        press("ArrowLeft", " fuenf.".length());
        page.keyboard().press("Control+KeyV");
        assertThat(box.getByTitle("end of bold 1")).hasCount(1);
        confirm();

        assertEquals("Erst <1>zwei drei <2>vier</2></1> fuenf.", saved(article, 0).text());
    }

    @Test
    void aChipDraggedWithinTheBoxMovesThere() {
        Article article = article("de", coded());
        save(article, "Erst <1>zwei</1> drei <2>vier</2> fuenf.");
        page = editor(article, "de");
        Locator box = box(1);
        Locator chip = box.getByTitle("end of bold 1");
        chip.evaluate("""
                chip => { const range = document.createRange(); range.selectNode(chip);
                          getSelection().removeAllRanges(); getSelection().addRange(range); }""");
        BoundingBox into = box.boundingBox();
        BoundingBox after = box.getByTitle("end of link 2").boundingBox();
        chip.dragTo(box, new Locator.DragToOptions().setTargetPosition(
                new Position(after.x + after.width + 2 - into.x, after.y + after.height / 2 - into.y)));
        assertThat(box.getByTitle("end of bold 1")).hasCount(1);
        confirm();

        assertEquals("Erst <1>zwei drei <2>vier</2></1> fuenf.", saved(article, 0).text());
    }

    @Test
    void pastedTextMakesChipsOnlyOfThisSegmentsOwnCodes() {
        Article article = article("de", coded());
        page = editor(article, "de");
        Locator search = page.getByRole(AriaRole.SEARCHBOX);
        search.fill("Gamma <2>delta</2> <7> epsilon.");
        search.press("Control+KeyA");
        search.press("Control+KeyC");
        box(1).click();
        page.keyboard().press("Control+KeyV");
        assertThat(box(1).getByTitle(ANY_CODE)).hasCount(2);
        assertThat(box(1)).containsText("<7> epsilon.");
        confirmOverErrors();

        assertEquals("Gamma <2>delta</2> <7> epsilon.", saved(article, 0).text());
    }

    @Test
    void aMemoryMatchInsertedFromTheKeyboardShowsItsCodesAsChips() {
        String paragraph = coded();
        Article earlier = article("de", paragraph);
        Api.save(Api.ADMIN, earlier.id(), "de", earlier.segments().get(0), "Frueher <1>zwei</1> drei <2>vier</2> fuenf.",
                "APPROVED", 0).then().statusCode(200);
        Article article = article("de", paragraph);
        page = editor(article, "de");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use match 1"))).isVisible();
        box(1).press("Control+Shift+Digit1");
        assertThat(box(1).getByTitle(ANY_CODE)).hasCount(4);
        confirm();

        assertEquals("Frueher <1>zwei</1> drei <2>vier</2> fuenf.", saved(article, 0).text());
    }

    @Test
    void lessAndGreaterThanTypedAsTextRoundTripAsText() {
        Article article = article("de", coded());
        page = editor(article, "de");
        page.keyboard().type("Wenn a < b ");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type("zwei");
        page.keyboard().press("Alt+Shift+KeyT");
        page.keyboard().type(" und c > d.");
        confirmOverErrors();
        assertEquals("Wenn a < b <1>zwei</1> und c > d.", saved(article, 0).text());

        page.reload();
        assertThat(box(1).getByTitle(ANY_CODE)).hasCount(2);
        assertThat(box(1)).containsText("Wenn a < b ");
        assertThat(box(1)).containsText(" und c > d.");
    }

    @Test
    void aCodeOfTheSegmentTypedOutInFullBecomesItsChipAndAnyOtherStaysText() {
        Article article = article("de", coded());
        page = editor(article, "de");
        page.keyboard().type("Erst <1>zwei</1> drei <9> vier.");
        assertThat(box(1).getByTitle(ANY_CODE)).hasCount(2);
        assertThat(box(1)).containsText("drei <9> vier.");
        confirmOverErrors();

        assertEquals("Erst <1>zwei</1> drei <9> vier.", saved(article, 0).text());
    }

    @Test
    void aPersianChipBoxIsARightToLeftMultilineTextbox() {
        Article article = article("fa", coded());
        page = editor(article, "fa");
        Locator box = box(1);
        assertEquals("rtl", box.evaluate("e => getComputedStyle(e).direction"));
        assertThat(box).hasAttribute("aria-multiline", "true");
        assertThat(box).hasAttribute("lang", "fa");
    }

    @Test
    void withoutJavaScriptTheTextareaFormSavesTheTokens() {
        Article article = article("de", coded());
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logInWithoutJavaScript(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + article.id() + "/de");
        page.getByLabel("Translation of segment 1").fill("Erst <1>zwei</1> drei <2>vier</2> fuenf.");
        segment(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();

        assertThat(segment(1).getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)))
                .hasText("translated");
        assertEquals("Erst <1>zwei</1> drei <2>vier</2> fuenf.", saved(article, 0).text());
    }

    private Page editor(Article article, String language) {
        Page opened = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password());
        opened.navigate("/documents/" + article.id() + "/" + language);
        return opened;
    }

    /** The chip box of a segment with codes: a textbox named like the textarea it stands for. */
    private Locator box(int segment) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Translation of segment " + segment));
    }

    private Locator segment(int n) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment " + n).setExact(true));
    }

    /**
     * Ctrl+Enter in the focused box, returning once the server has answered the save: what a test reads through the
     * API afterwards is then the saved state, however slow the machine (the editor saves asynchronously).
     */
    private void confirm() {
        page.waitForResponse(response -> response.request().method().equals("POST")
                && SAVE.matcher(response.url()).find(), () -> page.keyboard().press("Control+Enter"));
    }

    /**
     * Ctrl+Enter on a translation the checks find errors in (a code left out, one the source has not): the editor
     * stops on the row and says so, and a second Ctrl+Enter confirms it as it is.
     */
    private void confirmOverErrors() {
        page.keyboard().press("Control+Enter");
        assertThat(segment(1).getByRole(AriaRole.ALERT)).containsText("Not confirmed");
        assertThat(box(1)).isFocused();
        confirm();
    }

    private void press(String key, int times) {
        for (int i = 0; i < times; i++) {
            page.keyboard().press(key);
        }
    }

    private static void save(Article article, String text) {
        Api.save(Api.ADMIN, article.id(), article.language(), article.segments().get(0), text, "DRAFT", 0)
                .then().statusCode(200);
    }

    private static Newsroom.Saved saved(Article article, int segment) {
        return Newsroom.translation(article.id(), article.language(), article.segments().get(segment));
    }

    private record Article(long id, String language, List<Long> segments) {
    }

    /** An HTML article of the given paragraphs (inner HTML of each p) with the language added. */
    private static Article article(String language, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String paragraph : paragraphs) {
            html.append(paragraph.startsWith("<p>") ? paragraph : "<p>" + paragraph + "</p>");
        }
        long id = Api.importArticle("html", html.append("</body></html>").toString());
        Api.addLanguage(id, language);
        List<Long> segments = new ArrayList<>();
        for (Map<String, Object> segment : Api.segments(id)) {
            segments.add(((Number) segment.get("id")).longValue());
        }
        assertEquals(paragraphs.length, segments.size(), "one segment per paragraph");
        return new Article(id, language, segments);
    }

    /** One sentence nobody else writes with a bold word (codes 1) and a link (codes 2): source "A <1>b</1> c <2>d</2> e." */
    private static String coded() {
        return capital(Api.letters(6)) + " <b>" + Api.letters(5) + "</b> " + Api.letters(7) + " <a href=\"https://example.org/"
                + Api.letters(4) + "\">" + Api.letters(6) + "</a> " + Api.letters(5) + ".";
    }

    private static String plain() {
        return capital(Api.letters(7)) + " " + Api.letters(5) + " " + Api.letters(6) + ".";
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
