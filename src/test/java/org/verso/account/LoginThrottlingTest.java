package org.verso.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * Guessing passwords over HTTP gets slowed down, not the person: a burst is counted before it is checked, and the
 * right password still logs in after any number of wrong ones (tests wait at most 0.5 s a turn; production 30 s).
 */
@QuarkusTest
class LoginThrottlingTest {

    @Inject
    LoginThrottle throttle;

    @ConfigProperty(name = "verso.login.first-delay")
    Duration firstDelay;

    @ConfigProperty(name = "verso.login.max-delay")
    Duration maxDelay;

    @Test
    void afterTenFailuresTheRightPasswordStillLogsIn() {
        Api.User user = Api.createUser("translator");
        for (int i = 0; i < 12; i++) {
            new Api.User(user.username(), "wrong-guess-" + i).basic().get("/api/qa/checks").then().statusCode(401);
        }

        user.basic().get("/api/qa/checks").then().statusCode(200);
        assertEquals("/", Browser.locationPath(Browser.submitLogin(user.username(), user.password())));
    }

    /**
     * Forty guesses at once: before, each was let through before any failure of the burst was counted, so all forty
     * were checked (and the right password at guess 35 got in). Now each is counted before its check: ten free,
     * then spaced out, and those that would wait past the longest delay are refused unchecked.
     */
    @Test
    void aParallelBurstIsCountedBeforeItsPasswordsAreChecked() throws Exception {
        Api.User user = Api.createUser("translator");
        long started = System.nanoTime();
        ExecutorService burst = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "burst-guess-" + i;
                answers.add(burst.submit(() -> new Api.User(user.username(), guess).basic().get("/api/qa/checks")
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(401, answer.get());
            }
        } finally {
            burst.shutdown();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int checked = throttle.recentFailures(user.username());
        // Ten free; then the waits double from first-delay up to max-delay, so however the burst was spread in time
        // (a busy machine spreads it), no more attempts were checked than a sequence spaced that way allows.
        long spaced = 0;
        for (Duration wait = firstDelay, sum = Duration.ZERO; sum.compareTo(took.plus(maxDelay)) <= 0;
                wait = wait.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : wait.multipliedBy(2)) {
            sum = sum.plus(wait);
            spaced++;
        }
        assertTrue(checked >= 10 && checked <= 10 + spaced + 1 && checked < 40, checked + " of 40 checked in " + took
                + "; a sequence allows 10 + " + spaced);
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
        Response login = Browser.submitLogin(user.username(), user.password());
        assertEquals("/", Browser.locationPath(login));
    }

    /** Without a trusted proxy configured, a forwarded address is a claim anyone can make: it is ignored. */
    @Test
    void aForwardedAddressFromAnUntrustedClientIsIgnored() {
        String name = Api.unique("nobody");
        io.restassured.RestAssured.given().auth().preemptive().basic(name, "wrong-password")
                .header("X-Forwarded-For", "192.0.2.1").get("/api/qa/checks").then().statusCode(401);

        assertEquals(List.of(1, 0), List.of(throttle.recentFailures(name), throttle.recentFailuresFrom("192.0.2.1")));
    }
}
