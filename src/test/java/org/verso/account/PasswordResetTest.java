package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * An admin's password reset: the user's sessions end, the temporary password opens only the password change, and
 * the new password works once chosen.
 */
@QuarkusTest
class PasswordResetTest {

    private static final String TEMPORARY = "temporary-pw-1";

    @Test
    void theApiAsksForANewPasswordUntilOneIsChosen() {
        Api.User user = Api.createUser("translator");
        Browser before = Browser.loggedInAs(user.username(), user.password());

        reset(user).then().statusCode(200);
        Api.User temporary = new Api.User(user.username(), TEMPORARY);

        assertEquals(303, before.get("/documents").statusCode(), "the session from before the reset has ended");
        assertEquals(401, user.basic().get("/api/documents").statusCode());
        String title = Api.assertProblem(temporary.basic().get("/api/documents"), 403).getString("title");
        assertEquals("Password change required", title);
        assertTrue(temporary.basic().get("/api/me").then().statusCode(200).extract().jsonPath()
                .getBoolean("mustChangePassword"));

        Api.assertProblem(change(temporary, "wrong-password-1", "my-own-pw-22"), 400);
        Api.assertProblem(change(temporary, TEMPORARY, TEMPORARY), 400);
        change(temporary, TEMPORARY, "my-own-pw-22").then().statusCode(204);

        new Api.User(user.username(), "my-own-pw-22").basic().get("/api/documents").then().statusCode(200);
        assertEquals(401, temporary.basic().get("/api/documents").statusCode());
    }

    @Test
    void loginAfterAResetGoesToThePasswordPageBeforeAnythingElse() {
        Api.User user = Api.createUser("translator");
        reset(user).then().statusCode(200);

        Response login = Browser.submitLogin(user.username(), TEMPORARY);
        assertEquals("/profile/password", Browser.locationPath(login));
        Browser browser = Browser.loggedInAs(user.username(), TEMPORARY);
        assertEquals("/profile/password", Browser.locationPath(browser.get("/documents")));
        assertEquals("/profile/password", browser.viaHtmx().get("/documents").header("HX-Redirect"));
        String page = browser.get("/profile/password").then().statusCode(200).extract().asString();
        assertTrue(page.contains("An admin reset your password"), page);

        browser.post("/profile/password", "currentPassword", TEMPORARY, "newPassword", "chosen-by-me-3")
                .then().statusCode(303);

        browser.get("/documents").then().statusCode(200);
    }

    @Test
    void theUsersPageResetsAPassword() {
        Api.User user = Api.createUser("reviewer");

        Browser.admin().post("/users/" + user.username() + "/reset-password", "password", TEMPORARY)
                .then().statusCode(303);

        assertEquals("/profile/password",
                Browser.locationPath(Browser.submitLogin(user.username(), TEMPORARY)));
        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "short"))
                .post("/api/users/{username}/reset-password", user.username()), 400);
    }

    private static Response reset(Api.User user) {
        return Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", TEMPORARY))
                .post("/api/users/{username}/reset-password", user.username());
    }

    private static Response change(Api.User user, String current, String next) {
        return user.basic().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next)).post("/api/me/password");
    }
}
