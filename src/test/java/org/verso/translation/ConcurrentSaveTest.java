package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/**
 * Fifty translators over real HTTP saving the same segment and its neighbours, each with the version they last read:
 * an acknowledged save is never lost, a stale one is always a 409, and contention never becomes a 500.
 */
@QuarkusTest
class ConcurrentSaveTest {

    private static final int WRITERS = 50;
    private static final int SAVES_EACH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one writer sent and what came back. */
    record Attempt(long segmentId, int sentVersion, String text, int status, int savedVersion) {
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyAcknowledgedSaveIsKeptAndEveryStaleOneIsAConflict() throws Exception {
        Api.User translator = Api.createUser("translator");
        long id = Api.importArticle("One. Two. Three. Four.\n\nFive. Six.\n");
        Api.addLanguage(id, "de");
        List<Long> segments = Api.segments(id).stream().map(s -> ((Number) s.get("id")).longValue()).toList();
        long seed = System.nanoTime();
        System.out.println("ConcurrentSaveTest seed: " + seed);

        List<Attempt> attempts = runWriters(translator, id, segments, seed);

        assertEquals(WRITERS * SAVES_EACH, attempts.size());
        Map<Integer, Long> byStatus = attempts.stream()
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting()));
        assertEquals(Map.of(), byStatus.entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 409)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "only 200 and 409: " + byStatus);
        assertTrue(byStatus.getOrDefault(409, 0L) > 0, "the test must produce contention: " + byStatus);
        for (long segment : segments) {
            assertNothingLost(id, segment, attempts.stream().filter(a -> a.segmentId() == segment && a.status() == 200)
                    .toList());
        }
    }

    private List<Attempt> runWriters(Api.User user, long id, List<Long> segments, long seed) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // The login session, as the editor sends it: HTTP Basic would spend the run hashing BCrypt passwords.
        String auth = Browser.SESSION_COOKIE + "="
                + Browser.submitLogin(user.username(), user.password()).getCookie(Browser.SESSION_COOKIE);
        Map<Long, Integer> firstRead = readVersions(client, auth, id);
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(seed + w);
                writers.add(pool.submit(() -> {
                    Map<Long, Integer> lastRead = new ConcurrentHashMap<>(firstRead);
                    start.await();
                    for (int i = 0; i < SAVES_EACH; i++) {
                        // Half the saves hit the first segment, the rest its neighbours.
                        long segment = segments.get(random.nextBoolean() ? 0 : 1 + random.nextInt(segments.size() - 1));
                        attempts.add(saveOnce(client, auth, id, segment, lastRead, random));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return attempts;
    }

    /** One save with the version last read; a 409's body tells the writer the current version, as in the editor. */
    private Attempt saveOnce(HttpClient client, String auth, long id, long segment, Map<Long, Integer> lastRead,
                             Random random) throws IOException, InterruptedException {
        int version = lastRead.get(segment);
        String text = "Text " + lettersOf(random, 20) + ".";
        String body = JSON.writeValueAsString(Map.of("text", text, "status", "TRANSLATED", "version", version));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("api/documents/" + id
                        + "/languages/de/translations/" + segment))
                .header("Cookie", auth).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        int saved = -1;
        if (answer.statusCode() == 200 || answer.statusCode() == 409) {
            JsonNode json = JSON.readTree(answer.body());
            lastRead.put(segment, json.get("version").asInt());
            saved = answer.statusCode() == 200 ? json.get("version").asInt() : -1;
        } else {
            System.out.println("Unexpected " + answer.statusCode() + ": " + answer.body());
        }
        return new Attempt(segment, version, text, answer.statusCode(), saved);
    }

    private void assertNothingLost(long id, long segment, List<Attempt> acknowledged) {
        List<Map<String, Object>> revisions = Api.asAdmin()
                .get("/api/documents/{id}/languages/de/translations/{segment}/revisions", id, segment)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<Integer, String> history = revisions.stream().collect(Collectors.toMap(
                r -> ((Number) r.get("version")).intValue(), r -> (String) r.get("text")));
        assertEquals(acknowledged.size(), revisions.size(), "one revision per acknowledged save");
        for (Attempt ack : acknowledged) {
            assertEquals(ack.sentVersion() + 1, ack.savedVersion(), "a save lands on the version it read");
            assertEquals(ack.text(), history.get(ack.savedVersion()), "acknowledged save missing from history");
        }
        Map<String, Object> current = Api.translation(id, "de", segment);
        if (acknowledged.isEmpty()) {
            assertEquals(0, ((Number) current.get("version")).intValue());
            return;
        }
        Attempt last = acknowledged.stream().max(Comparator.comparingInt(Attempt::savedVersion)).orElseThrow();
        assertEquals(List.of(last.text(), acknowledged.size()), List.of(current.get("text"), current.get("version")),
                "the final text is the last acknowledged save, made on the then-current version");
    }

    private Map<Long, Integer> readVersions(HttpClient client, String auth, long id)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("api/documents/" + id
                + "/languages/de/translations")).header("Cookie", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<Long, Integer> versions = new ConcurrentHashMap<>();
        for (JsonNode t : JSON.readTree(answer.body())) {
            versions.put(t.get("segmentId").asLong(), t.get("version").asInt());
        }
        return versions;
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + "/" + path);
    }

    private static String lettersOf(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
