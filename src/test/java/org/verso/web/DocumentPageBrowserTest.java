package org.verso.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verso.Api;
import org.verso.account.User;

/** The document page in a real browser: its per-language progress bars follow other people's saves live. */
@QuarkusTest
@Tag("browser")
class DocumentPageBrowserTest {

    @RegisterExtension
    static final ChromiumPerClass chromium = new ChromiumPerClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSaveElsewhereMovesTheProgressBarOfItsLanguageOnly() {
        long id = Newsroom.importArticle(Newsroom.unique("Live progress"), "en",
                "The ferry left early today.\n\nThe crew waved from the deck.");
        Newsroom.addLanguage(id, "de");
        Newsroom.addLanguage(id, "fr");
        List<Long> segments = Newsroom.segmentIds(id);
        Page page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password());
        page.navigate("/documents/" + id);
        page.waitForSelector("#language-rows[data-live=open]");
        Locator german = page.locator("#lang-de .progress");
        Locator french = page.locator("#lang-fr .progress");
        assertThat(german).hasAttribute("aria-label", "German: 0% approved, 0% translated, 0% draft, 100% untranslated");

        Api.User translator = Api.createUser("translator");
        for (long segment : segments) {
            Api.save(translator, id, "de", segment, "Die Fähre fuhr heute früh.", "TRANSLATED", 0)
                    .then().statusCode(200);
        }

        assertThat(german).hasAttribute("aria-label", "German: 0% approved, 100% translated, 0% draft, 0% untranslated");
        assertThat(french).hasAttribute("aria-label", "French: 0% approved, 0% translated, 0% draft, 100% untranslated");
        assertThat(page.locator("#language-rows[data-live=open]")).hasCount(1);
    }

    @Test
    void aHiddenPageClosesItsStreamAndCatchesUpWhenShownAgain() {
        long id = Newsroom.importArticle(Newsroom.unique("Hidden tab"), "en", "The tram stopped at the bridge.");
        Newsroom.addLanguage(id, "de");
        long segment = Newsroom.segmentIds(id).get(0);
        Page page = chromium.logIn(root.toString(), Api.ADMIN.username(), Api.ADMIN.password());
        page.navigate("/documents/" + id);
        page.waitForSelector("#language-rows[data-live=open]");

        ChromiumPerClass.setHidden(page, true);
        assertThat(page.locator("#language-rows[data-live]")).hasCount(0);
        Api.save(Api.createUser("translator"), id, "de", segment, "Die Tram hielt an der Brücke.", "TRANSLATED", 0)
                .then().statusCode(200);
        ChromiumPerClass.setHidden(page, false);

        assertThat(page.locator("#lang-de .progress"))
                .hasAttribute("aria-label", "German: 0% approved, 100% translated, 0% draft, 0% untranslated");
        assertThat(page.locator("#language-rows[data-live=open]")).hasCount(1);
    }
}
