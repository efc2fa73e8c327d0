package org.verso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newsroom desk through one article, as issue 20 checks it: an editor imports and assigns Russian to a
 * translator and a reviewer; the task's stage follows the work (translating → review → a rejection sends it back →
 * review → done), and every step tells the right people (notifications, in order) and the CMS (webhooks, signed per
 * Standard Webhooks and verified here with the secret).
 */
@QuarkusTest
class DeskFlowTest {

    private static final String SECRET_KEY = "desk flow secret key, 32 bytes!!";
    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString(SECRET_KEY.getBytes(StandardCharsets.UTF_8));

    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private long hook;

    record Delivery(String id, String timestamp, String signature, String body) {
        String type() {
            return JsonPath.from(body).getString("type");
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        if (hook > 0) { // no later test's events go to a receiver that is gone
            Api.asAdmin().delete("/api/webhooks/{id}", hook).then().statusCode(204);
        }
        receiver.stop(0);
    }

    @Test
    void oneArticleFromImportToDoneTellsEveryoneInOrder() throws Exception {
        hook = Api.asAdmin().contentType(ContentType.JSON).body(Map.of(
                        "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET,
                        "events", List.of("document.imported", "language.ready_for_review", "language.finished",
                                "segment.rejected")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.User editor = Api.createUser("editor");
        Api.User translator = Api.createUser("translator");
        Api.User reviewer = Api.createUser("reviewer");
        for (Api.User user : List.of(translator, reviewer)) {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("ru")))
                    .put("/api/users/{u}", user.username()).then().statusCode(200);
        }

        long doc = editor.request().contentType(ContentType.JSON).body(Map.of("title", Api.unique("Ferry"),
                        "sourceLanguage", "en", "format", "text",
                        "content", "The ferry sails at noon.\n\nTickets are sold on board.\n"))
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        editor.request().contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .post("/api/documents/{id}/languages", doc).then().statusCode(201);
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonPath task = editor.request().contentType(ContentType.JSON).body(Map.of("translator", translator.username(),
                        "reviewer", reviewer.username(), "due", due.toString(), "priority", "breaking"))
                .put("/api/documents/{id}/languages/ru/task", doc).then().statusCode(200).extract().jsonPath();
        assertEquals("translating", task.getString("stage"));

        long first = Api.segmentId(doc, 0);
        long second = Api.segmentId(doc, 1);
        Api.save(translator, doc, "ru", first, "Паром отходит в полдень.", "TRANSLATED", 0).then().statusCode(200);
        assertEquals("translating", stage(doc));
        Api.save(translator, doc, "ru", second, "Билеты продают на борту.", "TRANSLATED", 0).then().statusCode(200);
        assertEquals("review", stage(doc));

        Map<String, Object> rejecting = Map.of("text", "Билеты продают на борту.", "status", "REJECTED",
                "version", 1, "comment", "Say where on board: at the kiosk.");
        reviewer.request().contentType(ContentType.JSON).body(rejecting)
                .put("/api/documents/{id}/languages/ru/translations/{s}", doc, second).then().statusCode(200);
        assertEquals("translating", stage(doc));

        Api.save(translator, doc, "ru", second, "Билеты продают в киоске на борту.", "TRANSLATED", 2)
                .then().statusCode(200);
        assertEquals("review", stage(doc));
        Api.save(reviewer, doc, "ru", first, "Паром отходит в полдень.", "APPROVED", 1).then().statusCode(200);
        Api.save(reviewer, doc, "ru", second, "Билеты продают в киоске на борту.", "APPROVED", 3)
                .then().statusCode(200);
        assertEquals("done", stage(doc));

        assertEquals(List.of("task_assigned", "segment_rejected"), types(translator));
        assertEquals(List.of("task_assigned", "ready_for_review", "ready_for_review"), types(reviewer));
        String rejected = notifications(translator).get(1).get("text").toString();
        assertTrue(rejected.contains("Say where on board"), rejected);

        // Two job threads send them, so they may arrive in another order; the body's timestamp is the event's.
        List<Delivery> deliveries = deliveriesOf(doc, 5).stream()
                .sorted(java.util.Comparator.comparing(d -> Instant.parse(JsonPath.from(d.body()).getString("timestamp"))))
                .toList();
        assertEquals(List.of("document.imported", "language.ready_for_review", "segment.rejected",
                "language.ready_for_review", "language.finished"), deliveries.stream().map(Delivery::type).toList());
        for (Delivery delivery : deliveries) {
            assertEquals("v1," + sign(delivery), delivery.signature(), delivery.body());
        }
        String finished = deliveries.get(4).body();
        assertTrue(finished.contains("/api/documents/" + doc + "/languages/ru/export"), finished);
        assertTrue(Api.asAdmin().get("/api/webhooks/{id}/deliveries", hook).then().statusCode(200).extract()
                .jsonPath().getList("status").size() >= 5);
    }

    private static String stage(long doc) {
        return Api.asAdmin().get("/api/documents/{id}/languages/ru/task", doc).then().statusCode(200).extract()
                .jsonPath().getString("stage");
    }

    private static List<Map<String, Object>> notifications(Api.User user) {
        List<Map<String, Object>> newestFirst = user.request().get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getList("$");
        List<Map<String, Object>> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static List<String> types(Api.User user) {
        return notifications(user).stream().map(n -> n.get("type").toString()).toList();
    }

    /** This document's deliveries, once {@code count} have arrived (they are sent in the background). */
    private List<Delivery> deliveriesOf(long doc, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Delivery> mine = received.stream()
                    .filter(d -> JsonPath.from(d.body()).getLong("data.documentId") == doc).toList();
            if (mine.size() >= count || Instant.now().isAfter(deadline)) {
                return mine;
            }
            Thread.sleep(50);
        }
    }

    private static String sign(Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(
                (delivery.id() + "." + delivery.timestamp() + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
    }
}
