package org.verso.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.notification.TaskEvents;
import org.verso.task.TaskStage;

/**
 * Webhooks end to end against a receiver on 127.0.0.1 (the test allow-list): signed deliveries from background jobs,
 * retries with backoff, the log, the allow-list at registration and at delivery time.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    TaskEvents tasks;

    private final List<Long> registered = new ArrayList<>();

    /** Other tests import and save too: no webhook of this class may outlive its test. */
    @AfterEach
    void removeWebhooks() {
        registered.forEach(id -> Api.asAdmin().delete("/api/webhooks/{id}", id).then().statusCode(204));
    }

    private long register(String url, String secret, String... events) {
        long id = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", url, "secret", secret, "events", List.of(events)))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        registered.add(id);
        return id;
    }

    /** The Standard Webhooks check a receiver makes, written here from the convention, not from Verso's code. */
    private static void assertSigned(Receiver.Request request, byte[] key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                + request.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(
                StandardCharsets.UTF_8)));
        assertEquals(expected, request.header("webhook-signature"));
        long age = Instant.now().getEpochSecond() - Long.parseLong(request.header("webhook-timestamp"));
        assertTrue(age >= 0 && age < 60, "timestamp " + age + " s old");
    }

    private static List<Map<String, Object>> deliveries(long hook, int atLeast) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<Map<String, Object>> log = Api.asAdmin().get("/api/webhooks/{id}/deliveries", hook).then()
                    .statusCode(200).extract().jsonPath().getList("$");
            if (log.size() >= atLeast || System.nanoTime() > deadline) {
                return log;
            }
        }
    }

    @Test
    void anImportIsDeliveredSignedWithAWhsecSecretAndLogged() throws Exception {
        byte[] key = "a key of thirty-two bytes, not base64".getBytes(StandardCharsets.UTF_8);
        try (Receiver receiver = new Receiver()) {
            long hook = register(receiver.url(), "whsec_" + Base64.getEncoder().encodeToString(key),
                    "document.imported");

            long id = Api.importArticle("Floods reached the valley.\n");

            Receiver.Request request = receiver.next();
            assertSigned(request, key);
            JsonPath body = new JsonPath(request.body());
            assertEquals(List.of("document.imported", id, "en", "admin"), List.of(body.getString("type"),
                    body.getLong("data.documentId"), body.getString("data.sourceLanguage"),
                    body.getString("data.user")));
            assertTrue(request.header("webhook-id").startsWith("msg_"));
            List<Map<String, Object>> log = deliveries(hook, 1);
            assertEquals(List.of("document.imported", "delivered", 1, 200), List.of(log.get(0).get("event"),
                    log.get(0).get("status"), log.get(0).get("attempts"), log.get(0).get("responseStatus")));
        }
    }

    @Test
    void aReceiverFailingThreeTimesGetsFourAttemptsTheLastDelivered() throws Exception {
        long id = Api.importArticle("The bridge was closed.\n");
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "ru", segment, "Мост закрыт.", "TRANSLATED", 0).then().statusCode(200);
        try (Receiver receiver = new Receiver(500, 500, 500)) {
            long hook = register(receiver.url(), "plain secret", "segment.rejected");

            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("status", "REJECTED", "version", 1,
                    "comment", "Say which bridge.")).put("/api/documents/{id}/languages/ru/translations/{s}", id,
                    segment).then().statusCode(200);

            List<Receiver.Request> requests = List.of(receiver.next(), receiver.next(), receiver.next(),
                    receiver.next());
            for (Receiver.Request r : requests) {
                assertSigned(r, "plain secret".getBytes(StandardCharsets.UTF_8));
                assertEquals(requests.get(0).header("webhook-id"), r.header("webhook-id"), "one message, retried");
            }
            JsonPath body = new JsonPath(requests.get(0).body());
            assertEquals(List.of("segment.rejected", "Мост закрыт.", "Say which bridge.", "The bridge was closed."),
                    List.of(body.getString("type"), body.getString("data.text"), body.getString("data.comment"),
                            body.getString("data.source")));
            List<Map<String, Object>> log = deliveries(hook, 4);
            assertEquals(List.of("delivered", "failed", "failed", "failed"),
                    log.stream().map(d -> d.get("status")).toList());
            assertEquals(List.of(4, 3, 2, 1), log.stream().map(d -> d.get("attempts")).toList());
            assertEquals(0, receiver.waiting());
        }
    }

    @Test
    void languageStagesAreDeliveredAndTheFinishedOneCarriesDownloadLinks() {
        long id = Api.importArticle("Markets opened late.\n");
        try (Receiver receiver = new Receiver()) {
            register(receiver.url(), "s3cret", "language.ready_for_review", "language.finished");

            tasks.stage(id, "tg", TaskStage.TRANSLATING, TaskStage.REVIEW, "ali", "bo", "ali");
            JsonPath review = new JsonPath(receiver.next().body());
            tasks.stage(id, "tg", TaskStage.REVIEW, TaskStage.DONE, "ali", "bo", "bo");
            JsonPath finished = new JsonPath(receiver.next().body());

            assertEquals(List.of("language.ready_for_review", "tg", "bo"), List.of(review.getString("type"),
                    review.getString("data.language"), review.getString("data.reviewer")));
            assertEquals("language.finished", finished.getString("type"));
            String export = "http://verso.test/api/documents/" + id + "/languages/tg/export?format=";
            assertEquals(Map.of("txt", export + "txt", "xliff", export + "xliff"),
                    finished.getMap("data.downloads"));
        }
    }

    @Test
    void registrationRefusesWhatIsNotHttpOrNotAllowed() {
        for (String url : List.of("ftp://127.0.0.1/x", "file:///etc/passwd", "http://169.254.169.254/latest",
                "http://10.1.2.3/hook", "http://[::1]:8080/hook", "not a url")) {
            String detail = Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("url", url,
                    "secret", "s", "events", List.of("task.overdue"))).post("/api/webhooks"), 400)
                    .getString("detail");
            assertTrue(detail.contains("http") || detail.contains("may not reach") || detail.contains("not a URL"),
                    url + ": " + detail);
        }
        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/",
                "secret", "s", "events", List.of("document.deleted"))).post("/api/webhooks"), 400);
    }

    @Test
    void thePageRegistersAWebhookAndListsItsDeliveries() {
        Browser admin = Browser.admin();
        try (Receiver receiver = new Receiver()) {
            var created = admin.post("/webhooks", "url", receiver.url(), "secret", "page secret",
                    "events", "document.imported");
            assertEquals(303, created.statusCode());
            String path = Browser.locationPath(created);
            registered.add(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));

            Api.importArticle("Trains ran again.\n");
            receiver.next();
            deliveries(registered.get(0), 1);

            String page = admin.get(path).then().statusCode(200).extract().asString();
            assertTrue(page.contains("document.imported") && page.contains("delivered") && page.contains("HTTP 200"),
                    page);
            assertTrue(admin.get("/webhooks").asString().contains(receiver.url()));
        }
    }

    @Test
    void anAddressRefusedAtDeliveryTimeIsNeverContactedAndLoggedAsFailed() {
        long hook = storedBeforeTheAllowListChanged("http://10.9.8.7:9/hook");
        registered.add(hook);

        tasks.overdue(Api.importArticle("Rain stopped.\n"), "fa", "ali", "bo");

        Map<String, Object> attempt = deliveries(hook, 1).get(0);
        assertEquals(List.of("task.overdue", "failed"), List.of(attempt.get("event"), attempt.get("status")));
        assertTrue(((String) attempt.get("error")).contains("10.9.8.7, which webhooks may not reach"),
                attempt.toString());
    }

    /** A webhook stored as an older allow-list let it be (registration would refuse it now). */
    @Transactional
    long storedBeforeTheAllowListChanged(String url) {
        Webhook hook = new Webhook();
        hook.url = url;
        hook.secret = "s";
        hook.events = "task.overdue";
        hook.createdBy = "admin";
        hook.createdAt = Instant.now();
        hook.persist();
        return hook.id;
    }
}
