package org.verso.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.ChromiumPerClass;
import org.verso.web.Newsroom;

/**
 * A whole article reviewed without the mouse (issue 19): a news story (headline, byline, a quotation over two
 * sentences, numbers, a credit line) translated into Russian, one sentence wrong. The reviewer opens the editor, which
 * enters the first translated segment, turns on review mode with Alt+Shift+R, approves with Ctrl+Enter and rejects the
 * wrong one with Ctrl+Shift+Enter and a comment. The test counts every key and click; docs/editor.md gives the count.
 * The correct sentences must pass the checks clean, or an approval would be refused.
 */
@QuarkusTest
@Tag("browser")
class WholeReviewBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;
    private int keys;

    @Test
    void aReviewerApprovesAndRejectsAWholeArticleByKeyboardAlone() {
        long id = Api.importArticle(Api.resource("/editor/flood-article.en.txt"));
        Api.addLanguage(id, "ru");
        List<String> russian = Api.resource("/editor/flood-article.ru.txt").lines().toList();
        assertEquals(russian.size(), Api.segments(id).size(), "one line of the translation per segment");
        for (int i = 0; i < russian.size(); i++) {
            Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, i), russian.get(i), "TRANSLATED", 0).then()
                    .statusCode(200);
        }
        int wrong = 7; // "Школы в 12 округах…": the source says 14
        Newsroom.Person reviewer = Newsroom.newUser("reviewer");
        page = chromium.logIn(root.toString(), reviewer.username(), reviewer.password());
        page.navigate("/documents/" + id + "/ru");
        assertThat(box(1)).isFocused();

        press("Alt+Shift+KeyR");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Review mode"))).isChecked();
        for (int n = 1; n <= russian.size(); n++) {
            if (n - 1 == wrong) {
                press("Control+Shift+Enter"); // asks for the reason in the review comment
                assertThat(page.getByLabel("Review comment for segment " + n, new Page.GetByLabelOptions().setExact(true))).isFocused();
                page.keyboard().type("В оригинале 14 округов, не 12.");
                press("Control+Shift+Enter");
            } else {
                press("Control+Enter");
            }
            if (n < russian.size()) {
                assertThat(box(n + 1)).isFocused();
            }
        }

        List<String> expected = new java.util.ArrayList<>(Collections.nCopies(russian.size(), "APPROVED"));
        expected.set(wrong, "REJECTED");
        assertThat(page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment " + russian.size()))
                .locator(".badge")).hasText("approved");
        assertEquals(expected, Api.asAdmin().get("/api/documents/{id}/languages/ru/translations", id).jsonPath()
                .getList("status"));
        assertEquals("В оригинале 14 округов, не 12.", Api.asAdmin().get(
                "/api/documents/{id}/segments/{s}/comments", id, Api.segmentId(id, wrong)).jsonPath()
                .getString("text[0]"));
        // 21 segments: one key for review mode, one per approval (20), two for the rejection (plus its comment).
        // No click.
        assertEquals(1 + (russian.size() - 1) + 2, keys);
    }

    private Locator box(int n) {
        return page.getByLabel("Translation of segment " + n, new Page.GetByLabelOptions().setExact(true));
    }

    private void press(String key) {
        keys++;
        page.keyboard().press(key);
    }
}
