package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * Behind a trusted reverse proxy (the documented {@code quarkus.http.proxy.*} settings; the test profile trusts
 * 127.0.0.2, and this test connects from that address, playing the proxy), logins are counted per client address
 * from X-Forwarded-For, so one person's guesses do not slow down everyone behind the same proxy; and a login that
 * reached the proxy over HTTPS (X-Forwarded-Proto) gets a Secure session cookie.
 */
@QuarkusTest
class LoginBehindProxyTest {

    /** Requests leave from 127.0.0.2, the address the test profile names as a trusted proxy. */
    private static final RestAssuredConfig FROM_THE_PROXY = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.route.local-address", proxyAddress()));

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

    @Test
    void aLoginThatReachedTheProxyOverHttpsGetsASecureCookie() {
        Api.User user = Api.createUser("translator");
        String overHttps = from("198.51.100.9").header("X-Forwarded-Proto", "https").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user.username())
                .formParam("j_password", user.password()).post("/j_security_check").header("Set-Cookie");
        String overHttp = from("198.51.100.9").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user.username())
                .formParam("j_password", user.password()).post("/j_security_check").header("Set-Cookie");

        assertTrue(overHttps.toLowerCase().contains("; secure"), overHttps);
        assertFalse(overHttp.toLowerCase().contains("; secure"), overHttp);
    }

    private static RequestSpecification from(String client) {
        return RestAssured.given().config(FROM_THE_PROXY).header("X-Forwarded-For", client);
    }

    private static InetAddress proxyAddress() {
        try {
            return InetAddress.getByName("127.0.0.2");
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
