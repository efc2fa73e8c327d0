package org.verso.l10n;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.web.AxeCore;
import org.verso.web.ChromiumPerClass;

/**
 * Issue 22 in Chromium: My work, the document page and the editor in English, Russian and Persian (the whole page
 * {@code dir="rtl"}), axe-core finding no serious or critical violation in any of them, and the profile's language
 * select changing the next page. The Persian My work and editor are saved as screenshots into
 * {@code target/screenshots/} (docs/localization.md says how they reach {@code docs/screenshots/}).
 */
@QuarkusTest
@Tag("browser")
class LocalizedPagesBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    private static final Map<String, String> MY_WORK = Map.of("en", "My work", "ru", "Мои задачи", "fa", "کارهای من");

    @TestHTTPResource("/")
    URL root;

    private Api.User translator;
    private long documentId;
    private Page page;

    @BeforeEach
    void aTranslatorWithATask() {
        translator = Api.createUser("translator", "reviewer");
        documentId = Api.importArticle("Night ferry returns\n\nThe old ferry crossed the lake again. Fishermen waved.");
        Api.addLanguage(documentId, "fa");
        Api.save(Api.ADMIN, documentId, "fa", Api.segmentId(documentId, 0), "کشتی شبانه بازمی‌گردد", "TRANSLATED", 0)
                .then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("translator", translator.username(),
                "due", "2031-03-04T09:30:00Z")).put("/api/documents/{id}/languages/fa/task", documentId)
                .then().statusCode(200);
        page = chromium.logIn(root.toString(), translator.username(), translator.password(), true);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void englishPagesAreLeftToRightAndAccessible() throws Exception {
        checkPages("en", "ltr");
    }

    @Test
    void russianPagesAreLeftToRightAndAccessible() throws Exception {
        checkPages("ru", "ltr");
    }

    @Test
    void persianPagesAreRightToLeftAndAccessible() throws Exception {
        checkPages("fa", "rtl");
        page.navigate("/my-work");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "my-work-fa.png"))
                .setFullPage(true));
        page.navigate("/documents/" + documentId + "/fa");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "editor-fa.png"))
                .setFullPage(true));
    }

    @Test
    void choosingALanguageOnTheProfileChangesTheNextPage() {
        page.navigate("/profile");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        chooseOnProfile("Interface language", "fa", "Save profile");
        page.navigate("/my-work");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("کارهای من");

        page.navigate("/profile");
        chooseOnProfile("زبان رابط کاربری", "ru", "ذخیرهٔ نمایه");
        page.navigate("/my-work");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("h1")).hasText("Мои задачи");
    }

    /** Picks {@code language} in the profile's select (named {@code label}) and saves with {@code button}. */
    private void chooseOnProfile(String label, String language, String button) {
        page.getByLabel(label).selectOption(language);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private void checkPages(String language, String dir) throws Exception {
        translator.request().contentType(ContentType.JSON).body(Map.of("language", language)).put("/api/me")
                .then().statusCode(200);
        for (String path : List.of("/my-work", "/documents/" + documentId, "/documents/" + documentId + "/fa")) {
            page.navigate(path);
            assertThat(page.locator("html")).hasAttribute("lang", language);
            assertThat(page.locator("html")).hasAttribute("dir", dir);
            assertThat(page.locator("nav a[href='/my-work']")).hasText(MY_WORK.get(language));
            assertNoSeriousViolation(path);
        }
    }

    private void assertNoSeriousViolation(String path) throws Exception {
        List<Map<String, Object>> serious = AxeCore.seriousViolations(page);
        assertEquals(List.of(), serious, "axe-core on " + path);
    }
}
