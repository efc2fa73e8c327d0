package org.verso.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Issue 22: the interface language of a request is the person's stored choice ({@code language} of /api/me), else
 * the browser's Accept-Language, else English; the page says it in {@code <html lang dir>}.
 */
@QuarkusTest
class InterfaceLanguageTest {

    @Test
    void aStoredPersianChoiceBeatsTheBrowserAndTurnsThePageRightToLeft() {
        Api.User user = Api.createUser("translator");
        user.request().get("/api/me").then().statusCode(200).body("language", nullValue());

        user.request().contentType(ContentType.JSON).body(Map.of("language", "fa")).put("/api/me")
                .then().statusCode(200).body("language", equalTo("fa"));
        user.request().get("/api/me").then().body("language", equalTo("fa"));

        user.request().header("Accept-Language", "ru").get("/my-work").then().statusCode(200)
                .body(containsString("<html lang=\"fa\" dir=\"rtl\">"))
                .body(containsString("<h1>کارهای من</h1>"))
                .body(not(containsString("Мои задачи")));
    }

    @Test
    void withoutAChoiceAcceptLanguageDecidesAndAnEmptyChoiceClearsIt() {
        Api.User user = Api.createUser("translator");
        user.request().contentType(ContentType.JSON).body(Map.of("language", "tg")).put("/api/me").then()
                .statusCode(200);
        user.request().contentType(ContentType.JSON).body(Map.of("language", "")).put("/api/me").then()
                .statusCode(200).body("language", nullValue());

        user.request().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").get("/my-work").then().statusCode(200)
                .body(containsString("<html lang=\"ru\" dir=\"ltr\">"))
                .body(containsString("<h1>Мои задачи</h1>"));
        user.request().header("Accept-Language", "de-DE").get("/my-work").then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("<h1>My work</h1>"));
    }

    @Test
    void anUnknownLanguageIsAClear400AndChangesNothing() {
        Api.User user = Api.createUser("translator");
        user.request().contentType(ContentType.JSON).body(Map.of("language", "ru")).put("/api/me").then()
                .statusCode(200);
        user.request().contentType(ContentType.JSON).body(Map.of("language", "de", "timeZone", "Asia/Dushanbe"))
                .put("/api/me").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'de'")).body("detail", containsString("en, ru, fa, tg"));
        user.request().get("/api/me").then().body("language", equalTo("ru")).body("timeZone", nullValue());
    }

    @Test
    void theProfileFormStoresTheChoiceAndTheNextPageFollowsIt() {
        Api.User user = Api.createUser("translator");
        user.request().redirects().follow(false).contentType(ContentType.URLENC).formParam("email", "")
                .formParam("timeZone", "").formParam("language", "ru").post("/profile").then().statusCode(303);
        user.request().get("/profile").then().statusCode(200)
                .body(containsString("<option value=\"ru\" lang=\"ru\" selected>Русский</option>"))
                .body(containsString("<option value=\"fa\" lang=\"fa\" dir=\"rtl\">فارسی</option>"))
                .body(containsString("<h1>Ваш профиль</h1>"));
    }

    @Test
    void theLoginPageFollowsAcceptLanguageAndDatesAreInTheInterfaceLanguage() {
        RestAssured.given().header("Accept-Language", "tg").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"tg\" dir=\"ltr\">"))
                .body(containsString("<h1>Даромадан ба Verso</h1>"));
        // The users page shows when each account was made: in Persian (ICU: Persian digits and calendar), zone said.
        Api.ADMIN.request().header("Accept-Language", "fa").get("/users").then().statusCode(200)
                .body(matchesRegex("(?s).*<td>[۰-۹][^<]*[۰-۹]{1,2}:[۰-۹]{2} UTC</td>.*"));
    }
}
