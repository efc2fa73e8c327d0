package org.verso.quality;

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
import org.verso.web.ChromiumPerClass;

/** "Not an error here" in a real browser: the row's form, sent through htmx, swaps in the row without the finding. */
@QuarkusTest
@Tag("browser")
class DismissalBrowserTest {

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
    void aTranslatorMarksAFindingAndTheRowLosesItWithoutLeavingThePage() {
        String name = Api.letters(10);
        long doc = Api.importArticle("The army " + name + " sent 25,000 troops to the border.");
        Api.addLanguage(doc, "ru");
        long segment = Api.segmentId(doc, 0);
        Api.save(Api.ADMIN, doc, "ru", segment, "Армия " + name + " отправила 2 500 военных к границе.", "TRANSLATED", 0)
                .then().statusCode(200);
        Api.User translator = Api.createUser("translator");
        page = chromium.logIn(root.toString(), translator.username(), translator.password());
        page.navigate("/documents/" + doc + "/ru");
        page.evaluate("window.stillHere = true");

        page.getByText("Not an error here…").click();
        page.getByLabel("is not an error in segment 1").fill("The desk confirmed 2,500.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not an error here: numbers in segment 1"))
                .click();

        assertThat(page.getByLabel("Quality checks on segment 1")).hasCount(0);
        // The row came back alone (htmx followed the redirect as htmx), not the whole editor swapped into it.
        assertThat(page.locator("#seg-" + segment)).hasCount(1);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
        assertEquals(true, page.evaluate("window.stillHere === true"), "htmx swapped the row; the page stayed");
        List<Object> marked = Api.asAdmin().get("/api/documents/{id}/languages/ru/dismissals", doc).then()
                .statusCode(200).extract().jsonPath().getList("dismissedBy");
        assertEquals(List.of(translator.username()), marked);
    }
}
