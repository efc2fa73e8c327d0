package org.verso.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * A session ends when it should, at once: logout, a password reset, a removed role, a disabled account, its absolute
 * lifetime and its idle timeout. Each test logs in through the form and then tries the very same cookie again.
 */
@QuarkusTest
class SessionRevocationTest {

    @Test
    void aCookieOpensNothingAfterLogout() {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);
        assertEquals(200, withCookie(cookie).get("/api/documents").statusCode());

        withCookie(cookie).post("/logout").then().statusCode(303);

        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
        assertEquals(303, withCookie(cookie).redirects().follow(false).get("/documents").statusCode(),
                "a page sends the logged-out browser to the login form");
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUser() {
        Api.User user = Api.createUser("translator");
        String first = logIn(user);
        String second = logIn(user);

        update(user, Map.of("password", "a-new-password-1"));

        assertEquals(401, withCookie(first).get("/api/documents").statusCode());
        assertEquals(401, withCookie(second).get("/api/documents").statusCode());
        assertEquals(401, user.basic().get("/api/documents").statusCode(), "the old password is gone too");
        assertNotNull(logIn(new Api.User(user.username(), "a-new-password-1")));
    }

    @Test
    void removingARoleEndsTheSessionButChangingLanguagesDoesNot() {
        Api.User user = Api.createUser("translator", "reviewer");
        String cookie = logIn(user);

        update(user, Map.of("languages", List.of("de")));
        assertEquals(200, withCookie(cookie).get("/api/documents").statusCode(),
                "new languages apply at the next request; no need to log in again");

        update(user, Map.of("roles", List.of("translator")));
        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
    }

    @Test
    void aDisabledUserIsOutEverywhereUntilEnabledAgain() {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);

        String answer = update(user, Map.of("disabled", true));
        assertTrue(answer.contains("\"disabled\":true"), answer);

        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
        assertEquals(401, user.basic().get("/api/documents").statusCode());
        Response refused = Browser.submitLogin(user.username(), user.password());
        assertEquals("/login?error=true", refused.header("Location").replaceFirst("^https?://[^/]+", ""));

        update(user, Map.of("disabled", false));
        assertEquals(200, withCookie(logIn(user)).get("/api/documents").statusCode());
    }

    @Test
    void theUsersPageDisablesAndEnablesAnAccount() {
        Api.User user = Api.createUser("reviewer");
        String cookie = logIn(user);
        Browser admin = Browser.admin();

        admin.post("/users/" + user.username() + "/disabled", "disabled", "true").then().statusCode(303);

        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
        String page = admin.get("/users").then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"/users/" + user.username() + "/disabled\"") && page.contains("Enable"),
                "the page offers to enable the account again");
        admin.post("/users/" + user.username() + "/disabled", "disabled", "false").then().statusCode(303);
        assertEquals(200, withCookie(logIn(user)).get("/api/documents").statusCode());
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy() {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);
        age(user, "createdAt", Duration.ofHours(12).plusMinutes(1));

        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
        assertEquals(0, sessionsOf(user), "the expired session's row is gone");
    }

    @Test
    void parallelRequestsOfAnExpiredSessionAreAllTurnedAwayNeverAnError() throws Exception {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);
        age(user, "createdAt", Duration.ofHours(13));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> withCookie(cookie).get("/api/documents").statusCode()));
            }
            for (var answer : answers) {
                assertEquals(401, answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSessionInUseIsMarkedUsedAtMostEveryFewMinutes() {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);
        age(user, "lastSeen", Duration.ofMinutes(6));

        assertEquals(200, withCookie(cookie).get("/api/documents").statusCode());

        Instant lastSeen = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>list(
                "user.username", user.username()).get(0).lastSeen);
        assertTrue(lastSeen.isAfter(Instant.now().minus(Duration.ofMinutes(1))), "touched: " + lastSeen);
    }

    @Test
    void aSessionUnusedForItsIdleTimeoutEnds() {
        Api.User user = Api.createUser("translator");
        String cookie = logIn(user);
        age(user, "lastSeen", Duration.ofHours(8).plusMinutes(1));

        assertEquals(401, withCookie(cookie).get("/api/documents").statusCode());
    }

    @Test
    void aStaleCookieStillReachesTheLoginFormAndIsCleared() {
        Response page = withCookie("not-a-session").get("/login");

        assertEquals(200, page.statusCode());
        assertEquals("", page.getDetailedCookie(Browser.SESSION_COOKIE).getValue());
        assertEquals(0L, page.getDetailedCookie(Browser.SESSION_COOKIE).getMaxAge());
    }

    @Test
    void theCookieIsHttpOnlyStrictAndTheDatabaseHoldsOnlyItsHash() {
        Api.User user = Api.createUser("translator");
        Response login = Browser.submitLogin(user.username(), user.password());
        String header = login.header("Set-Cookie");
        assertTrue(header.toLowerCase().contains("httponly") && header.contains("SameSite=Strict"), header);
        String token = login.getCookie(Browser.SESSION_COOKIE);
        assertTrue(token.length() >= 43, "256 random bits: " + token);

        List<String> stored = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>list(
                "user.username", user.username()).stream().map(s -> s.tokenHash).toList());
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains(token));
        given().cookie(Browser.SESSION_COOKIE, token).get("/documents").then().statusCode(200)
                .body(containsString("Log out"));
    }

    private static String logIn(Api.User user) {
        String cookie = Browser.submitLogin(user.username(), user.password()).getCookie(Browser.SESSION_COOKIE);
        assertNotNull(cookie, "login as " + user.username());
        return cookie;
    }

    private static io.restassured.specification.RequestSpecification withCookie(String cookie) {
        return given().redirects().follow(false).cookie(Browser.SESSION_COOKIE, cookie);
    }

    private static String update(Api.User user, Map<String, Object> change) {
        return Api.asAdmin().contentType(ContentType.JSON).body(change).put("/api/users/{username}", user.username())
                .then().statusCode(200).extract().asString();
    }

    /** Moves the user's sessions' login or last use back in time, as if that much time had passed. */
    private static void age(Api.User user, String field, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> UserSession.<UserSession>list("user.username", user.username())
                .forEach(s -> {
                    if (field.equals("createdAt")) {
                        s.createdAt = Instant.now().minus(by);
                    } else {
                        s.lastSeen = Instant.now().minus(by);
                    }
                }));
    }

    private static long sessionsOf(Api.User user) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("user.username", user.username()));
    }
}
