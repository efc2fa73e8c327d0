package org.verso.live;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.verso.Api;
import org.verso.account.User;

/** A test's subscription to an editor event stream: reads the {@code data:} lines on a thread of its own. */
final class EventStream implements AutoCloseable {

    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<JsonPath> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes as {@code user} and waits for the first ping, so the subscription is in place. */
    static EventStream open(String baseUrl, Api.User user, long documentId, String language) throws Exception {
        return open(baseUrl + "api/documents/" + documentId + "/languages/" + language + "/events", user);
    }

    /** The stream of all of a document's languages (its overview page's), subscribed as for {@link #open}. */
    static EventStream openDocument(String baseUrl, Api.User user, long documentId) throws Exception {
        return open(baseUrl + "api/documents/" + documentId + "/events", user);
    }

    /** The stream of the user's own notices changing (the bell's). */
    static EventStream openNotices(String baseUrl, Api.User user) throws Exception {
        return open(baseUrl + "api/notifications/events", user);
    }

    private static EventStream open(String url, Api.User user) throws Exception {
        return open(url, "Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The editor stream as a browser opens it: with the session cookie of a form login. */
    static EventStream openWithCookie(String baseUrl, String cookie, long documentId, String language)
            throws Exception {
        return open(baseUrl + "api/documents/" + documentId + "/languages/" + language + "/events", "Cookie",
                cookie);
    }

    /** The editor stream as a script opens it: with an API token. */
    static EventStream openWithToken(String baseUrl, String token, long documentId, String language)
            throws Exception {
        return open(baseUrl + "api/documents/" + documentId + "/languages/" + language + "/events", "Authorization",
                "Bearer " + token);
    }

    private static EventStream open(String url, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header(header, value)
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("Event stream answered " + response.statusCode());
        }
        EventStream stream = new EventStream(response.body());
        stream.next(e -> "ping".equals(e.getString("type")));
        return stream;
    }

    /** The next event that matches, skipping others; fails after ten seconds without one. */
    JsonPath next(Predicate<JsonPath> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonPath event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
        throw new AssertionError("No such event within " + WAIT_SECONDS + " s");
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    events.add(new JsonPath(line.substring(5).strip()));
                }
            }
        } catch (Exception closed) {
            // the test closed the stream
        } finally {
            ended.countDown();
        }
    }

    /** Whether the server ended the stream within the usual wait. */
    boolean endsSoon() throws InterruptedException {
        return ended.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        body.close();
    }

    static Duration waitLimit() {
        return Duration.ofSeconds(WAIT_SECONDS);
    }
}
