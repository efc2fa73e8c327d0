package org.verso.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.verso.web.Browser.locationPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.verso.web.Browser;
import org.verso.web.Newsroom;

/** The admin's user page: the list, the create form, and that nobody else may open it. */
@QuarkusTest
class UserPagesTest {

    @Test
    void adminSeesTheUserListWithTheCreateForm() {
        String html = Browser.admin().get("/users").then().statusCode(200).extract().asString();

        assertThat(html, containsString("<td>admin</td>"));
        assertThat(html, containsString("action=\"/users\""));
        assertThat(html, containsString("name=\"username\""));
        assertThat(html, containsString("name=\"roles\""));
    }

    @Test
    void createFormRedirectsToTheListWhereTheNewUserAppears() {
        Browser admin = Browser.admin();
        String username = Newsroom.unique("editor");

        Response response = admin.post("/users", "username", username, "password", "long-enough-pw",
                "roles", "translator");

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), equalTo("/users"));
        String html = admin.get("/users").asString();
        assertThat(html, containsString("<td>" + username + "</td>"));
        assertThat(html, containsString("value=\"translator\" checked aria-label=\"translator (" + username + ")\""));
    }

    @Test
    void userCreatedThroughTheFormCanLogIn() {
        String username = Newsroom.unique("editor");
        Browser.admin().post("/users", "username", username, "password", "long-enough-pw", "roles", "translator")
                .then().statusCode(303);

        Browser.loggedInAs(username, "long-enough-pw").get("/documents").then().statusCode(200);
    }

    @Test
    void translatorOpeningTheUserPageGetsA403PageInTheLayout() {
        Browser translator = Newsroom.newUser("translator").logIn();

        Response response = translator.get("/users");

        assertThat(response.statusCode(), is(403));
        String html = response.asString();
        assertThat(html, containsString("<html"));
        assertThat(html, containsString("Verso"));
        assertThat(html, not(containsString("Exception")));
        assertThat(html, not(containsString("action=\"/users\"")));
    }

    @Test
    void translatorCannotCreateUsersThroughTheForm() {
        Browser translator = Newsroom.newUser("translator").logIn();
        String username = Newsroom.unique("intruder");

        Response response = translator.post("/users", "username", username, "password", "long-enough-pw",
                "roles", "admin");

        assertThat(response.statusCode(), is(403));
        assertThat(Browser.admin().get("/users").asString(), not(containsString(username)));
    }
}
