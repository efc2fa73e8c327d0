package org.verso.job;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** Following jobs through the API, as a client would. */
public final class Jobs {

    private Jobs() {
    }

    /** The job a 202 answer points to by its Location header. */
    public static long idFromLocation(Response accepted) {
        String location = accepted.header("Location");
        if (location == null || !location.matches(".*/api/jobs/\\d+$")) {
            throw new AssertionError("No job Location: " + location + " (status " + accepted.statusCode() + ")");
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * Polls the job until it ended and answers it. Waits up to two minutes for a slow machine; how long it takes is
     * not what the tests assert.
     */
    public static JsonPath awaitEnd(Api.User user, long id) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonPath job = user.request().get("/api/jobs/{id}", id).then().statusCode(200).extract().jsonPath();
            if (List.of("done", "failed", "cancelled").contains(job.getString("state"))) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job " + id + " did not end: " + job.prettify());
            }
            pause();
        }
    }

    /** Polls until the job is in {@code state}. */
    public static void awaitState(Api.User user, long id, String state) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!state.equals(user.request().get("/api/jobs/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("state"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job " + id + " never became " + state);
            }
            pause();
        }
    }

    /**
     * Follows a page's 303 to a job page, waits (as admin) until the job ended and answers that page's HTML as
     * {@code browser} sees it.
     */
    public static String pageOnceEnded(Browser browser, Response posted) {
        if (posted.statusCode() != 303) {
            throw new AssertionError("Expected a 303 to the job page, got " + posted.statusCode() + ": "
                    + posted.asString());
        }
        String page = Browser.locationPath(posted);
        awaitEnd(Api.ADMIN, Long.parseLong(page.substring("/jobs/".length())));
        return browser.get(page).then().statusCode(200).extract().asString();
    }

    /** Polls until the job reports at least {@code done} units done. */
    public static void awaitDone(Api.User user, long id, long done) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (user.request().get("/api/jobs/{id}", id).then().statusCode(200).extract().jsonPath()
                .getLong("done") < done) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job " + id + " never got to " + done + " units");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
