package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;

/** axe-core in Chromium finds no serious or critical accessibility violation on the main pages. */
@QuarkusTest
@Tag("browser")
class AccessibilityBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;
    private long documentId;

    @BeforeEach
    void openAsAdmin() {
        documentId = Api.importArticle("Night ferry returns\n\nThe old ferry crossed the lake again. Fishermen waved.");
        Api.addLanguage(documentId, "fa");
        Api.save(Api.ADMIN, documentId, "fa", Api.segmentId(documentId, 0), "کشتی شبانه بازمی‌گردد", "TRANSLATED", 0)
                .then().statusCode(200);
        page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password(), true);
    }

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void dashboardHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation("/");
    }

    @Test
    void documentPageHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation("/documents/" + documentId);
    }

    @Test
    void archivedDocumentAndDeleteConfirmationHaveNoSeriousViolation() throws Exception {
        Api.asAdmin().post("/api/documents/{id}/archive", documentId).then().statusCode(200);
        assertNoSeriousViolation("/documents/" + documentId);
        assertNoSeriousViolation("/documents?archived=true");
        assertNoSeriousViolation("/documents/" + documentId + "/delete");
    }

    @Test
    void myWorkTheDeskAndTheTaskPageHaveNoSeriousViolation() throws Exception {
        Api.asAdmin().contentType(io.restassured.http.ContentType.JSON).body(Map.of("translator", "admin",
                "due", "2020-01-01T00:00:00Z")).put("/api/documents/{id}/languages/fa/task", documentId)
                .then().statusCode(200);
        assertNoSeriousViolation("/my-work");
        assertNoSeriousViolation("/desk");
        assertNoSeriousViolation("/documents/" + documentId + "/tasks");
    }

    @Test
    void editorHasNoSeriousViolation() throws Exception {
        assertNoSeriousViolation("/documents/" + documentId + "/fa");
    }

    @Test
    void editorWithInlineCodeChipsHasNoSeriousViolation() throws Exception {
        long coded = Api.importArticle("html", "<p>The <b>old</b> ferry crossed the <a href=\"https://example.org/lake\">"
                + "lake</a> again.</p>");
        Api.addLanguage(coded, "fa");
        Api.save(Api.ADMIN, coded, "fa", Api.segmentId(coded, 0), "کشتی <1>قدیمی</1> از <2>دریاچه</2> گذشت.",
                "TRANSLATED", 0).then().statusCode(200);
        assertNoSeriousViolation("/documents/" + coded + "/fa");
    }

    private void assertNoSeriousViolation(String path) throws Exception {
        page.navigate(path);
        List<Map<String, Object>> serious = AxeCore.seriousViolations(page);
        assertEquals(List.of(), serious, "axe-core on " + path);
    }
}
