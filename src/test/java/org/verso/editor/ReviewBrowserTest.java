package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.verso.translation.EditorBrowserTest;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/** A reviewer works through a language by keyboard alone in review mode: approve, approve, reject with a reason. */
@QuarkusTest
@Tag("browser")
class ReviewBrowserTest {

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
    void ctrlEnterApprovesAndMovesOnCtrlShiftEnterRejectsWithTheReason() {
        long id = Api.importArticle(EditorBrowserTest.sentence() + "\n\n" + EditorBrowserTest.sentence() + "\n\n"
                + EditorBrowserTest.sentence() + "\n");
        Api.addLanguage(id, "de");
        for (int i = 0; i < 3; i++) {
            Api.save(Api.ADMIN, id, "de", Api.segmentId(id, i), "Übersetzter Satz hier.", "TRANSLATED", 0)
                    .then().statusCode(200);
        }
        Newsroom.Person reviewer = Newsroom.newUser("reviewer");
        page = chromium.logIn(root.toString(), reviewer.username(), reviewer.password());
        page.navigate("/documents/" + id + "/de");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Review mode")).check();
        page.getByLabel("Translation of segment 1").focus();

        page.keyboard().press("Control+Enter");
        assertThat(page.getByLabel("Translation of segment 2")).isFocused();
        page.keyboard().press("Control+Enter");
        assertThat(page.getByLabel("Translation of segment 3")).isFocused();
        page.keyboard().press("Control+Shift+Enter");
        assertThat(page.getByLabel("Review comment for segment 3")).isFocused();
        page.keyboard().type("Der zweite Satzteil fehlt.");
        page.keyboard().press("Control+Shift+Enter");

        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 3"))
                .locator(".badge")).hasText("rejected");
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 2"))
                .locator(".badge")).hasText("approved");
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment 1"))
                .locator(".badge")).hasText("approved");
        assertEquals(List.of("APPROVED", "APPROVED", "REJECTED"), Api.asAdmin()
                .get("/api/documents/{id}/languages/de/translations", id).jsonPath().getList("status"));
    }
}
