package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * Nothing typed is lost (issue 19): text typed and never confirmed survives Alt+↓ and a reload, and a closed tab
 * (it is there in a new browser context of the same person), without changing the segment's status; Ctrl+Enter over
 * a quality error stays on the segment and says so in the row, and a second Ctrl+Enter confirms anyway.
 */
@QuarkusTest
@Tag("browser")
class AutosaveBrowserTest {

    private static final String ARTICLE = "The ferry left the harbour at dawn.\n\nIt carried 240 passengers home.\n\n"
            + "The crossing was calm.\n";

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    private final List<Page> pages = new java.util.ArrayList<>();

    @AfterEach
    void closePages() {
        pages.forEach(p -> p.context().close());
        pages.clear();
    }

    @Test
    void unconfirmedTextSurvivesMovingOnAReloadAndAClosedTab() {
        long id = article();
        Newsroom.Person translator = Newsroom.newUser("translator");
        Page page = open(translator, id);
        page.keyboard().type("Die Fähre verließ den Hafen");
        page.keyboard().press("Alt+ArrowDown");
        assertThat(row(page, 1).locator(".autosave-state")).hasText("Unconfirmed: kept for you. Ctrl+Enter confirms it.");

        page.reload();
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Die Fähre verließ den Hafen");
        assertThat(row(page, 1).locator(".unconfirmed")).containsText("Unconfirmed: your text");
        assertEquals(List.of("NEW", 0), List.of(Api.translation(id, "de", Api.segmentId(id, 0)).get("status"),
                Api.translation(id, "de", Api.segmentId(id, 0)).get("version")));

        page.context().close();
        pages.remove(page);
        Page elsewhere = open(translator, id);
        assertThat(elsewhere.getByLabel("Translation of segment 1")).hasValue("Die Fähre verließ den Hafen");
        elsewhere.keyboard().type(" im Morgengrauen.");
        elsewhere.keyboard().press("Control+Enter");
        assertThat(row(elsewhere, 1).locator(".badge")).hasText("translated");
        assertThat(row(elsewhere, 1).locator(".unconfirmed")).hasCount(0);
        assertEquals("Die Fähre verließ den Hafen im Morgengrauen.",
                Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
    }

    @Test
    void ctrlEnterOverANumberErrorStaysAndASecondOneConfirms() {
        long id = article();
        Newsroom.Person translator = Newsroom.newUser("translator");
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), "Die Fähre fuhr los.", "TRANSLATED", 0).then()
                .statusCode(200);
        Page page = open(translator, id);
        Locator second = page.getByLabel("Translation of segment 2");
        assertThat(second).isFocused(); // the editor opens at the first segment waiting for a translator

        page.keyboard().type("Sie brachte Passagiere heim.");
        page.keyboard().press("Control+Enter");
        assertThat(row(page, 2).getByRole(AriaRole.ALERT)).containsText("Not confirmed: the checks found an error");
        assertThat(row(page, 2).locator(".qa-issues")).containsText("240");
        assertThat(second).isFocused();
        assertEquals("NEW", Api.translation(id, "de", Api.segmentId(id, 1)).get("status"));

        page.keyboard().press("Control+Enter");
        assertThat(row(page, 2).locator(".badge")).hasText("translated");
        assertThat(page.getByLabel("Translation of segment 3")).isFocused();
        assertEquals(List.of("TRANSLATED", "Sie brachte Passagiere heim."), List.of(
                Api.translation(id, "de", Api.segmentId(id, 1)).get("status"),
                Api.translation(id, "de", Api.segmentId(id, 1)).get("text")));
    }

    private Page open(Newsroom.Person person, long id) {
        Page page = chromium.logIn(root.toString(), person.username(), person.password());
        pages.add(page);
        page.navigate("/documents/" + id + "/de");
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
