package org.verso.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** The Jobs page and a job's page: live progress while it runs, cancel by a plain form, nobody else's jobs. */
@QuarkusTest
class JobPagesTest {

    @Inject
    JobStore store;

    @Test
    void aWaitingJobsPageRefreshesItselfWithAndWithoutJavaScriptAndCancelsByForm() {
        Api.User user = Api.createUser("translator");
        long id = store.create("unclaimed-" + Api.letters(6), user.username(), "{}").id;
        Browser browser = Browser.loggedInAs(user.username(), user.password());

        String page = browser.get("/jobs/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("hx-trigger=\"every 1s\""), "htmx polls the progress while the job is not ended");
        assertTrue(page.contains("<noscript><meta http-equiv=\"refresh\""), "without JavaScript the page reloads");
        assertTrue(page.contains("href=\"/jobs/" + id + "\">Refresh</a>"), page);
        assertTrue(page.contains("Cancel job"), page);

        Response cancelled = browser.post("/jobs/" + id + "/cancel");
        assertEquals(303, cancelled.statusCode());
        assertEquals("/jobs/" + id, Browser.locationPath(cancelled));
        String after = browser.get("/jobs/" + id).then().statusCode(200).extract().asString();
        assertTrue(after.contains("cancelled"), after);
        assertFalse(after.contains("hx-trigger=\"every 1s\""), "an ended job is not polled");
        assertFalse(after.contains("http-equiv=\"refresh\""), "nor reloaded");
    }

    @Test
    void someoneElsesJobIsAReadableNotFoundPageAndMissingFromTheirList() {
        Api.User owner = Api.createUser("translator");
        Api.User other = Api.createUser("translator");
        long id = store.create("unclaimed-" + Api.letters(6), owner.username(), "{}").id;
        Browser stranger = Browser.loggedInAs(other.username(), other.password());

        Response page = stranger.get("/jobs/" + id);
        assertEquals(404, page.statusCode());
        assertTrue(page.asString().contains("<html"), "a page, not JSON");
        assertFalse(stranger.get("/jobs").then().statusCode(200).extract().asString()
                .contains("href=\"/jobs/" + id + "\""));
        assertTrue(Browser.loggedInAs(owner.username(), owner.password()).get("/jobs").then().statusCode(200)
                .extract().asString().contains("href=\"/jobs/" + id + "\""));
    }
}
