package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Disabling through the API ends the user's sessions at once and refuses their logins; enabling lets them back. */
@QuarkusTest
class AccountDisableTest {

    @Test
    void disablingKillsTheSessionAtOnceAndEnablingLetsTheUserLogInAgain() {
        Api.User user = Api.createUser("translator");
        Browser browser = Browser.loggedInAs(user.username(), user.password());
        browser.get("/documents").then().statusCode(200);

        assertTrue(Api.asAdmin().post("/api/users/{username}/disable", user.username()).then().statusCode(200)
                .extract().jsonPath().getBoolean("disabled"));

        assertEquals(303, browser.get("/documents").statusCode());
        assertEquals(401, user.basic().get("/api/documents").statusCode());
        assertEquals("/login", Browser.locationPath(Browser.submitLogin(user.username(), user.password()))
                .replace("?error=true", ""));

        Api.asAdmin().post("/api/users/{username}/enable", user.username()).then().statusCode(200);
        Browser.loggedInAs(user.username(), user.password()).get("/documents").then().statusCode(200);
    }

    @Test
    void theUsersPageChangesRolesAndLanguages() {
        Api.User user = Api.createUser("translator");

        Browser.admin().post("/users/" + user.username(), "roles", "reviewer", "roles", "editor",
                "languages", "RU, fa").then().statusCode(303);

        List<java.util.Map<String, Object>> found = Api.asAdmin().get("/api/users").then().extract().jsonPath()
                .getList("findAll { it.username == '" + user.username() + "' }");
        assertEquals(List.of(List.of("reviewer", "editor"), List.of("ru", "fa")),
                List.of(found.get(0).get("roles"), found.get(0).get("languages")));
        Api.assertProblem(Api.asAdmin().post("/api/users/{username}/disable", Api.unique("nobody")), 404);
    }
}
