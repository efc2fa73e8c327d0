package org.verso.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.translation.EditorBrowserTest;
import org.verso.web.Browser;

/**
 * An approved segment in the editor page: read-only for a translator, with who approved it and what to do; a
 * reviewer keeps the buttons, so they can reopen it. The page is the same without JavaScript.
 */
@QuarkusTest
class ApprovedLockPagesTest {

    @Test
    void aTranslatorSeesAnApprovedRowReadOnlyAndAReviewerCanReopenIt() {
        long id = Api.importArticle(EditorBrowserTest.sentence() + "\n\n" + EditorBrowserTest.sentence() + "\n");
        Api.addLanguage(id, "de");
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), "Genehmigter Satz hier.", "APPROVED", 0)
                .then().statusCode(200);
        Api.User translator = Api.createUser("translator");
        Api.User reviewer = Api.createUser("reviewer");

        String asTranslator = Browser.loggedInAs(translator.username(), translator.password())
                .get("/documents/" + id + "/de").then().statusCode(200).extract().asString();
        String approvedRow = row(asTranslator, Api.segmentId(id, 0));
        String openRow = row(asTranslator, Api.segmentId(id, 1));
        assertTrue(approvedRow.contains("Approved by " + Api.ADMIN.username()
                + " — locked for translators; ask a reviewer to reopen it."), approvedRow);
        assertTrue(approvedRow.contains(" readonly>"), approvedRow);
        assertFalse(approvedRow.contains("value=\"confirm\""), approvedRow);
        assertFalse(openRow.contains("readonly"), openRow);
        assertTrue(openRow.contains("value=\"confirm\""), openRow);

        String asReviewer = Browser.loggedInAs(reviewer.username(), reviewer.password())
                .get("/documents/" + id + "/de").then().statusCode(200).extract().asString();
        String reviewersRow = row(asReviewer, Api.segmentId(id, 0));
        assertFalse(reviewersRow.contains("readonly"), reviewersRow);
        assertEquals(1, Browser.count(reviewersRow, "value=\"confirm\""));
    }

    /** The row's article element, from its opening tag to the next row's. */
    private static String row(String html, long segmentId) {
        int start = html.indexOf("id=\"seg-" + segmentId + "\"");
        int end = html.indexOf("<article class=\"seg", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
