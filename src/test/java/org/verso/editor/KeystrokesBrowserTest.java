package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.translation.EditorBrowserTest;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * No keystroke lost (issue 19): after Ctrl+Enter the next box has the focus before the save goes out, so what the
 * translator types while the save is on its way lands there; the caret enters a box after its text; a save that gets
 * no answer leaves the text where it was and says so. The save is held back by the test (a routed request it
 * releases when it chooses), so the round trip is as slow as the test needs, without any sleep.
 */
@QuarkusTest
@Tag("browser")
class KeystrokesBrowserTest {

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
    void whatIsTypedWhileASaveIsOnItsWayLandsInTheNextBoxAndIsSaved() {
        long id = article();
        openAsTranslator(id);
        List<Route> held = holdSaves();
        page.keyboard().type("Erster Satz hier.");
        page.keyboard().press("Control+Enter");
        String typed = "Zweiter Satz kommt ganz an, ja";
        page.keyboard().type(typed, new Keyboard.TypeOptions().setDelay(20));
        assertEquals(1, held.size(), "the first save is still on its way");
        page.unroute("**/*");
        held.forEach(Route::resume);

        assertThat(row(1).locator(".badge")).hasText("translated");
        assertThat(page.getByLabel("Translation of segment 2")).hasValue(typed);
        page.keyboard().press("Control+Enter");
        assertThat(row(2).locator(".badge")).hasText("translated");
        assertEquals("Erster Satz hier.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
        assertEquals(typed, Api.translation(id, "de", Api.segmentId(id, 1)).get("text"));
    }

    @Test
    void theCaretEntersABoxAfterItsText() {
        long id = article();
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 1), "Vorhanden", "DRAFT", 0).then().statusCode(200);
        openAsTranslator(id);
        page.keyboard().type("Eins hier.");
        page.keyboard().press("Control+Enter");
        page.keyboard().type(" ergänzt.");
        assertThat(page.getByLabel("Translation of segment 2")).hasValue("Vorhanden ergänzt.");
    }

    @Test
    void aSaveWithoutAnswerKeepsTheTextAndSaysSo() {
        long id = article();
        openAsTranslator(id);
        page.route("**/*", route -> {
            if (isSave(route)) {
                route.abort();
            } else {
                route.resume();
            }
        });
        page.keyboard().type("Nicht verloren hier.");
        page.keyboard().press("Control+Enter");

        assertThat(row(1).getByRole(AriaRole.ALERT)).containsText("Not saved");
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Nicht verloren hier.");
        assertEquals("NEW", Api.translation(id, "de", Api.segmentId(id, 0)).get("status"));
    }

    private List<Route> holdSaves() {
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route("**/*", route -> {
            if (isSave(route)) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        return held;
    }

    /** A row's save: a form POST to …/segments/{id}?… (not a split, join or presence). */
    private static boolean isSave(Route route) {
        String url = route.request().url();
        return route.request().method().equals("POST") && url.matches(".*/documents/\\d+/de/segments/\\d+(\\?.*)?");
    }

    private void openAsTranslator(long id) {
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/de");
        assertThat(page.getByLabel("Translation of segment 1")).isFocused();
    }

    private Locator row(int n) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment " + n));
    }

    private static long article() {
        long id = Api.importArticle(EditorBrowserTest.sentence() + "\n\n" + EditorBrowserTest.sentence() + "\n\n"
                + EditorBrowserTest.sentence() + "\n");
        Api.addLanguage(id, "de");
        return id;
    }
}
