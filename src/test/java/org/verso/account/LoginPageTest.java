package org.verso.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.verso.web.Browser.locationPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.verso.web.Browser;

/** Form login, logout and what happens to people without a session, with plain requests and with htmx. */
@QuarkusTest
class LoginPageTest {

    @Test
    void anonymousVisitorOfTheDocumentListIsSentToTheLoginPage() {
        Response response = Browser.anonymous().get("/documents");

        assertThat(response.statusCode(), anyOf(is(302), is(303)));
        assertThat(locationPath(response), equalTo("/login"));
    }

    @Test
    void loginPageRendersTheFormWithUsernameAndPasswordFields() {
        String html = Browser.anonymous().get("/login").then().statusCode(200).extract().asString();

        assertThat(html, containsString("action=\"/j_security_check\""));
        assertThat(html, containsString("name=\"j_username\""));
        assertThat(html, containsString("name=\"j_password\""));
        assertThat(html, not(containsString("Wrong username or password")));
    }

    @Test
    void wrongPasswordRedirectsToTheLoginPageWithAnError() {
        Response response = Browser.submitLogin("admin", "not-the-password");

        assertThat(response.statusCode(), anyOf(is(302), is(303)));
        assertThat(locationPath(response), equalTo("/login?error=true"));
        assertThat(response.getCookie(Browser.SESSION_COOKIE), is(emptyOrNullString()));
    }

    @Test
    void wrongPasswordAnswersWithExactlyOneLocation() {
        Response response = Browser.submitLogin("admin", "not-the-password");

        assertThat(response.headers().getValues("Location"), hasSize(1));
    }

    @Test
    void loginPageAfterAFailedLoginSaysWhatWentWrong() {
        Browser.anonymous().get("/login?error=true").then().statusCode(200)
                .body(containsString("Wrong username or password"));
    }

    @Test
    void sessionCookieFromTheLoginFormOpensTheDocumentList() {
        Browser admin = Browser.admin();

        String html = admin.get("/documents").then().statusCode(200).extract().asString();

        assertThat(html, containsString("<h1>Documents</h1>"));
        assertThat(html, containsString("admin"));
        assertThat(html, containsString("Log out"));
    }

    @Test
    void logoutExpiresTheSessionCookieAndRedirectsToTheLoginPage() {
        Response response = Browser.admin().post("/logout");

        assertThat(response.statusCode(), anyOf(is(302), is(303)));
        assertThat(locationPath(response), equalTo("/login"));
        Cookie cleared = response.getDetailedCookie(Browser.SESSION_COOKIE);
        assertThat(cleared.getMaxAge(), is(0L));
        assertThat(cleared.getValue(), is(emptyOrNullString()));
    }

    @Test
    void siteRootRedirectsAnAdminThroughTheStartPageToTheDocumentList() {
        Response root = Browser.admin().get("/");
        Response start = Browser.admin().get("/start");

        assertThat(root.statusCode(), anyOf(is(302), is(303)));
        assertThat(locationPath(root), equalTo("/start"));
        assertThat(locationPath(start), equalTo("/documents"));
    }

    @Test
    void htmxRequestWithoutSessionGets401WithHxRedirectToLogin() {
        Response response = Browser.anonymous().viaHtmx().get("/documents");

        assertThat(response.statusCode(), is(401));
        assertThat(response.header("HX-Redirect"), equalTo("/login"));
        assertThat(response.asString(), not(containsString("j_username")));
    }
}
