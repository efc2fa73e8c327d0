package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * A catalog's plural unit is edited in one box per form (issue 22); each box shows the source's codes as chips, like
 * the single box, and what is typed in any of them is kept unconfirmed as it is typed and is there after a reload.
 */
@QuarkusTest
@Tag("browser")
class PluralFormsBrowserTest {

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
    void formBoxesShowCodesAsChipsAndKeepWhatIsTypedUnconfirmed() {
        long id = Api.asAdmin().multiPart("sourceLanguage", "en").multiPart("file", "newsroom.pot",
                        Api.resourceBytes("/interchange/catalogs/newsroom.pot"), "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, "ru");
        long plural = Api.segmentId(id, 3);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("forms", Map.of("one", "<1/> комментарий",
                        "few", "<1/> комментария", "many", "<1/> комментариев"), "status", "DRAFT", "version", 0))
                .put("/api/documents/{id}/languages/ru/translations/{segmentId}", id, plural).then().statusCode(200);
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/ru");

        Locator few = form(page, "few");
        assertThat(few.locator(".code-chip")).hasCount(1);
        few.click();
        page.keyboard().press("End");
        page.keyboard().type(" за день");
        assertThat(row(page).locator(".autosave-state"))
                .hasText("Unconfirmed: kept for you. Ctrl+Enter confirms it.");

        page.reload();
        assertThat(form(page, "few")).hasText("<1/> комментария за день");
        assertThat(form(page, "one")).hasText("<1/> комментарий");
        assertThat(row(page).locator(".unconfirmed")).containsText("Unconfirmed: your text");
        Map<String, Object> saved = Api.translation(id, "ru", plural);
        assertEquals(List.of("DRAFT", 1, "<1/> комментария"), List.of(saved.get("status"), saved.get("version"),
                ((Map<?, ?>) saved.get("forms")).get("few")));
    }

    private static Locator form(Page page, String category) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Translation of segment 4, form \"" + category + "\"").setExact(true));
    }

    private static Locator row(Page page) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 4").setExact(true));
    }
}
