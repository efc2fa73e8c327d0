package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Each person's profile: e-mail and time zone (validated), their own password, and the page that shows it all. */
@QuarkusTest
class ProfileApiTest {

    @Test
    void aPersonSetsTheirEmailAndTimeZoneAndClearsThem() {
        Api.User user = Api.createUser("translator");

        JsonPath set = user.request().contentType(ContentType.JSON)
                .body(Map.of("email", " desk@example.org ", "timeZone", "Asia/Tehran")).put("/api/me")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("email", "desk@example.org", "timeZone", "Asia/Tehran"),
                Map.of("email", set.getString("email"), "timeZone", set.getString("timeZone")));

        user.request().contentType(ContentType.JSON).body(Map.of("email", "")).put("/api/me").then().statusCode(200);
        JsonPath after = user.request().get("/api/me").then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.Arrays.asList(null, "Asia/Tehran", user.username()),
                java.util.Arrays.asList(after.getString("email"), after.getString("timeZone"),
                        after.getString("username")));
    }

    @Test
    void anUnknownTimeZoneOrABadEmailIsRefusedAndChangesNothing() {
        Api.User user = Api.createUser("translator");

        String detail = Api.assertProblem(user.request().contentType(ContentType.JSON)
                .body(Map.of("email", "desk@example.org", "timeZone", "Mars/Olympus")).put("/api/me"), 400)
                .getString("detail");
        Api.assertProblem(user.request().contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .put("/api/me"), 400);

        assertTrue(detail.contains("Mars/Olympus"), detail);
        assertEquals(null, user.request().get("/api/me").then().extract().jsonPath().getString("email"));
    }

    @Test
    void changingMyPasswordKeepsThisSessionAndEndsTheOthers() {
        Api.User user = Api.createUser("translator");
        Browser other = Browser.loggedInAs(user.username(), user.password());
        Browser mine = Browser.loggedInAs(user.username(), user.password());

        mine.post("/profile/password", "currentPassword", user.password(), "newPassword", "fresh-password-9")
                .then().statusCode(303);

        mine.get("/documents").then().statusCode(200);
        assertEquals(303, other.get("/documents").statusCode());
        new Api.User(user.username(), "fresh-password-9").basic().get("/api/me").then().statusCode(200);
    }

    @Test
    void theProfilePageCreatesATokenShownOnceAndRevokesIt() {
        Api.User user = Api.createUser("translator");
        Browser browser = Browser.loggedInAs(user.username(), user.password());

        String created = browser.post("/profile/tokens", "name", "newsroom cms", "scopes", "read", "scopes", "write",
                "expires", "2099-12-31").then().statusCode(200).extract().asString();
        String token = created.replaceAll("(?s).*value=\"(verso_[A-Za-z0-9_-]+)\".*", "$1");
        TokenApiTest.bearer(token).get("/api/documents").then().statusCode(200);
        String page = browser.get("/profile").then().statusCode(200).extract().asString();
        assertTrue(page.contains("newsroom cms") && !page.contains(token), page);
        long id = user.request().get("/api/me/tokens").then().extract().jsonPath().getLong("[0].id");

        browser.post("/profile/tokens/" + id + "/delete").then().statusCode(303);

        Api.assertProblem(TokenApiTest.bearer(token).get("/api/documents"), 401);
    }

    @Test
    void theProfileFormSavesTheTimeZone() {
        Api.User user = Api.createUser("reviewer");
        Browser browser = Browser.loggedInAs(user.username(), user.password());

        browser.post("/profile", "email", "", "timeZone", "Europe/Moscow").then().statusCode(303);

        assertEquals("Europe/Moscow", user.request().get("/api/me").then().extract().jsonPath().getString("timeZone"));
        assertTrue(browser.get("/profile").asString().contains("value=\"Europe/Moscow\""));
    }
}
