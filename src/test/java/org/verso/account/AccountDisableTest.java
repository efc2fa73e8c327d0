package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * The Users page and API beyond creating: disabling ends the user's sessions at once and refuses their logins,
 * enabling lets them back; roles and languages; everyone's tokens.
 */
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
    void theUsersPageListsEveryonesTokensAndRevokesThem() {
        Api.User user = Api.createUser("translator");
        io.restassured.path.json.JsonPath created = TokenApiTest.create(user, "listed for the admin",
                List.of("read"), null).then().statusCode(201).extract().jsonPath();
        Browser admin = Browser.admin();
        String page = admin.get("/users").then().statusCode(200).extract().asString();
        assertTrue(page.contains("listed for the admin") && !page.contains(created.getString("token")));

        admin.post("/users/tokens/" + created.getLong("id") + "/delete").then().statusCode(303);

        Api.assertProblem(TokenApiTest.bearer(created.getString("token")).get("/api/documents"), 401);
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
