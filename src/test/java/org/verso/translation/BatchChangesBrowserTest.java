package org.verso.translation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 * Issue 18's live promise: translator A has the editor open while B pre-translates from memory, imports an XLIFF
 * file and replaces in the same language. A's rows show each change within two seconds, and the text A is typing
 * in another row, not saved yet, stays as typed.
 */
@QuarkusTest
@Tag("browser")
class BatchChangesBrowserTest {

    /** The promise: each change is on A's screen within two seconds of B's call returning. */
    private static final LocatorAssertions.HasValueOptions WITHIN_2S =
            new LocatorAssertions.HasValueOptions().setTimeout(2_000);

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
    void preTranslationImportAndReplaceReachAnOpenEditorWithoutTouchingWhatIsBeingTyped() {
        List<String> sources = List.of(EditorBrowserTest.sentence(), EditorBrowserTest.sentence(),
                EditorBrowserTest.sentence(), EditorBrowserTest.sentence());
        long id = Api.importArticle(String.join("\n\n", sources) + "\n");
        Api.addLanguage(id, "de");
        // After the language was added (which pre-translates at once), so the fill below is B's pre-translation.
        rememberTranslations(sources.subList(0, 2), List.of("Erster Satz übersetzt.", "Zweiter Satz übersetzt."));
        Newsroom.Person translator = Newsroom.newUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + id + "/de");
        page.waitForSelector("section.editor[data-live=open]");
        Locator typing = page.getByLabel("Translation of segment 4");
        typing.click();
        page.keyboard().type("Meine eigene Fassung, noch nicht gespeichert.");

        Api.asAdmin().post("/api/documents/{id}/languages/de/pretranslate", id).then().statusCode(200);
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Erster Satz übersetzt.", WITHIN_2S);
        assertThat(page.getByLabel("Translation of segment 2")).hasValue("Zweiter Satz übersetzt.", WITHIN_2S);
        assertThat(row(1)).containsText(Api.ADMIN.username() + " pre-translated this from memory (101%)");
        assertThat(row(2)).containsText(Api.ADMIN.username() + " pre-translated this from memory (100%)");

        byte[] exported = Api.asAdmin().queryParam("format", "xliff").queryParam("partial", true)
                .get("/api/documents/{id}/languages/de/export", id).then().statusCode(200).extract().asByteArray();
        byte[] edited = new String(exported, StandardCharsets.UTF_8).replace("übersetzt.", "importiert.")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(2, Api.asAdmin().multiPart("file", "back.xlf", edited, "application/xliff+xml")
                .post("/api/documents/{id}/languages/de/import", id).then().statusCode(200).extract().jsonPath()
                .getInt("applied"));
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Erster Satz importiert.", WITHIN_2S);
        assertThat(page.getByLabel("Translation of segment 2")).hasValue("Zweiter Satz importiert.", WITHIN_2S);
        assertThat(row(1)).containsText("imported this from XLIFF");
        assertThat(row(2)).containsText("imported this from XLIFF");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("find", "importiert", "replace", "ersetzt"))
                .post("/api/documents/{id}/languages/de/replace", id).then().statusCode(200);
        assertThat(page.getByLabel("Translation of segment 1")).hasValue("Erster Satz ersetzt.", WITHIN_2S);
        assertThat(page.getByLabel("Translation of segment 2")).hasValue("Zweiter Satz ersetzt.", WITHIN_2S);
        assertThat(row(2)).containsText("replaced text in this");

        assertThat(typing).hasValue("Meine eigene Fassung, noch nicht gespeichert.");
        assertThat(typing).isFocused();
    }

    private Locator row(int n) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Segment " + n));
    }

    /** Approved translations of {@code sources} in a document of their own, so the memory holds them. */
    private static void rememberTranslations(List<String> sources, List<String> targets) {
        long elsewhere = Api.importArticle(String.join("\n\n", sources) + "\n");
        Api.addLanguage(elsewhere, "de");
        for (int i = 0; i < sources.size(); i++) {
            Api.save(Api.ADMIN, elsewhere, "de", Api.segmentId(elsewhere, i), targets.get(i), "APPROVED", 0)
                    .then().statusCode(200);
        }
    }
}
