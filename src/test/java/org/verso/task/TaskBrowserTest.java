package org.verso.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;

/** My work as a translator's landing page, and the desk following a language to done from another session. */
@QuarkusTest
@Tag("browser")
class TaskBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aTranslatorLogsInOnMyWorkAndItsLinkEntersTheFirstSegmentWaiting() {
        Api.User translator = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("ru")))
                .put("/api/users/{username}", translator.username()).then().statusCode(200);
        long id = Api.importArticle("Ships waited at anchor.\n\nThe port stayed closed.\n");
        String title = Api.asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getString("title");
        Api.addLanguage(id, "ru");
        Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), "Корабли ждали на якоре.", "TRANSLATED", 0)
                .then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("translator", translator.username(),
                "due", "2020-01-01T09:00:00Z")).put("/api/documents/{id}/languages/ru/task", id).then().statusCode(200);

        Page page = chromium.logIn(root.toString(), translator.username(), translator.password());

        assertThat(page).hasURL(Pattern.compile("/my-work$"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("My open tasks")))
                .containsText("overdue · ");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Translate " + title + " into Russian"))
                .click();
        assertThat(page.getByLabel("Translation of segment 2")).isFocused();
    }

    @Test
    void theDeskMatrixShowsALanguageFinishedInAnotherSession() {
        long id = Api.importArticle("Ferries sailed again.\n");
        String title = Api.asAdmin().get("/api/documents/{id}", id).then().extract().jsonPath().getString("title");
        Api.addLanguage(id, "ru");
        Api.User editor = Api.createUser("editor");
        Page page = chromium.logIn(root.toString(), editor.username(), editor.password());
        page.navigate("/desk");
        assertThat(page.getByLabel(title + ", ru: translating")).isVisible();
        assertThat(page.locator("body")).hasAttribute("data-desk-live", "open");

        Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 0), "Паромы снова вышли в море.", "APPROVED", 0)
                .then().statusCode(200);

        assertThat(page.getByLabel(title + ", ru: done")).isVisible();
    }

    @Test
    void theBellOfEveryOpenTabCountsANewNoticeWithoutReloading() {
        long id = Api.importArticle("The bridge opened to traffic.\n");
        Api.User translator = Api.createUser("translator");
        Api.User editor = Api.createUser("editor");
        Page first = chromium.logIn(root.toString(), translator.username(), translator.password());
        Page second = first.context().newPage();
        second.navigate(root + "notifications");
        for (Page tab : List.of(first, second)) {
            assertThat(tab.locator(".bell")).hasAttribute("data-live", "shared-worker");
            assertThat(tab.locator(".bell")).hasText("Notifications");
        }

        editor.request().contentType(ContentType.JSON).body(Map.of("text", "@" + translator.username()
                + " the bridge's name?")).post("/api/documents/{id}/segments/{segmentId}/comments", id,
                Api.segmentId(id, 0)).then().statusCode(201);

        // no reload, and no polling in a browser with shared workers: only the stream can bring the count
        for (Page tab : List.of(first, second)) {
            assertThat(tab.locator(".bell .count")).hasText("1 unread");
        }
    }
}
