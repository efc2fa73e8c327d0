package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Guessing passwords gets nowhere: after ten failures the account is closed for a while, right password or not. */
@QuarkusTest
class LoginThrottlingTest {

    @Test
    void afterTenFailuresEvenTheRightPasswordIsRefused() {
        Api.User user = Api.createUser("translator");
        for (int i = 0; i < 10; i++) {
            new Api.User(user.username(), "wrong-guess-" + i).request().get("/api/qa/checks").then().statusCode(401);
        }

        user.basic().get("/api/qa/checks").then().statusCode(401);
        assertEquals("/login?error=true", Browser.locationPath(Browser.submitLogin(user.username(),
                user.password())));
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        Api.User user = Api.createUser("translator");
        Response unknown = Browser.submitLogin(Api.unique("nobody"), "whatever-password");
        Response wrong = Browser.submitLogin(user.username(), "not-the-password");

        assertEquals(List.of(unknown.statusCode(), Browser.locationPath(unknown), unknown.asString()),
                List.of(wrong.statusCode(), Browser.locationPath(wrong), wrong.asString()));
    }

    @Test
    void theRightPasswordStillLogsIn() {
        Api.User user = Api.createUser("reviewer");

        user.request().get("/api/qa/checks").then().statusCode(200);
    }
}
