package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Behind a trusted reverse proxy (the documented {@code quarkus.http.proxy.*} settings, the proxy here being the test
 * itself on the loopback address), logins are counted per client address from X-Forwarded-For, so one person's
 * guesses do not slow down everyone behind the same proxy.
 */
@QuarkusTest
@TestProfile(LoginBehindProxyTest.BehindAProxy.class)
class LoginBehindProxyTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,[::1]");
        }
    }

    @Inject
    LoginThrottle throttle;

    @Test
    void guessesCountForTheForwardedClientAndTheRightPasswordElsewhereIsNotSlowed() {
        Api.User user = Api.createUser("translator");
        for (int i = 0; i < 12; i++) {
            from("203.0.113.7").auth().preemptive().basic(user.username(), "wrong-guess-" + i)
                    .get("/api/qa/checks").then().statusCode(401);
        }

        from("198.51.100.4").auth().preemptive().basic(user.username(), user.password()).get("/api/qa/checks")
                .then().statusCode(200);
        assertEquals(List.of(12, 0), List.of(throttle.recentFailuresFrom("203.0.113.7"),
                throttle.recentFailuresFrom("198.51.100.4")));
    }

    private static RequestSpecification from(String client) {
        return RestAssured.given().header("X-Forwarded-For", client);
    }
}
