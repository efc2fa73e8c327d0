package org.verso.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/**
 * The editor's event stream: saves and presence of others arrive on it; with PostgreSQL they travel between
 * instances through LISTEN/NOTIFY (a second relay with its own connections plays the other instance).
 */
@QuarkusTest
class LiveApiTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void aSaveArrivesOnTheStreamWithWhoTextStatusAndVersion() throws Exception {
        long id = document();
        long segment = Api.segmentId(id, 0);
        Api.User translator = Api.createUser("translator");
        try (EventStream stream = EventStream.open(root.toString(), Api.ADMIN, id, "de")) {
            Api.save(translator, id, "de", segment, "Live gespeichert hier.", "TRANSLATED", 0).then().statusCode(200);
            JsonPath saved = stream.next(e -> "saved".equals(e.getString("type")));
            assertEquals(segment, saved.getLong("segmentId"));
            assertEquals(translator.username(), saved.getString("user"));
            assertEquals("Live gespeichert hier.", saved.getString("text"));
            assertEquals("TRANSLATED", saved.getString("status"));
            assertEquals(1, saved.getInt("version"));
        }
    }

    /** A replace is one batch: one "changed" event naming both segments it changed, with its origin. */
    @Test
    void aBatchArrivesAsOneEventNamingItsSegments() throws Exception {
        long id = document();
        long first = Api.segmentId(id, 0);
        long second = Api.segmentId(id, 1);
        Api.save(Api.ADMIN, id, "de", first, "Ein Satz im Strom.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", second, "Ein Satz danach.", "TRANSLATED", 0).then().statusCode(200);
        try (EventStream stream = EventStream.open(root.toString(), Api.ADMIN, id, "de")) {
            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("find", "Satz", "replace", "Absatz"))
                    .post("/api/documents/{id}/languages/de/replace", id).then().statusCode(200);
            JsonPath changed = stream.next(e -> "changed".equals(e.getString("type")));
            assertEquals(List.of(first, second), changed.getList("segments", Long.class));
            assertEquals("REPLACE", changed.getString("origin"));
            assertEquals(Api.ADMIN.username(), changed.getString("user"));
        }
    }

    @Test
    void enteringASegmentTellsTheOthersWhoIsEditingIt() throws Exception {
        long id = document();
        long segment = Api.segmentId(id, 0);
        Api.User translator = Api.createUser("translator");
        try (EventStream stream = EventStream.open(root.toString(), Api.ADMIN, id, "de")) {
            translator.request().contentType(ContentType.JSON).body(Map.of("segmentId", segment, "editing", true))
                    .post("/api/documents/{id}/languages/de/presence", id).then().statusCode(204);
            JsonPath editing = stream.next(e -> "editing".equals(e.getString("type")));
            assertEquals(translator.username(), editing.getString("user"));
            assertEquals(segment, editing.getLong("segmentId"));
        }
    }

    /**
     * Saying "I am editing this segment" is part of editing: a translator of another language is refused with 403,
     * a segment of another document is a 404, and neither reaches the others. The allowed announcement sent after
     * them is the first to arrive.
     */
    @Test
    void onlySomeoneWhoWorksInTheLanguageAnnouncesPresenceAndOnlyForItsOwnSegments() throws Exception {
        long id = document();
        long segment = Api.segmentId(id, 0);
        long elsewhere = Api.segmentId(document(), 0);
        Api.User persian = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("fa")))
                .put("/api/users/{username}", persian.username()).then().statusCode(200);
        Api.User translator = Api.createUser("translator");
        try (EventStream stream = EventStream.open(root.toString(), Api.ADMIN, id, "de")) {
            String detail = assertProblem(presence(persian, id, segment), 403).getString("detail");
            assertProblem(presence(translator, id, elsewhere), 404);
            presence(translator, id, segment).then().statusCode(204);

            JsonPath editing = stream.next(e -> "editing".equals(e.getString("type")));
            assertEquals(List.of(translator.username(), segment), List.of(editing.getString("user"),
                    editing.getLong("segmentId")));
            assertTrue(detail.contains("assigned to fa"), detail);
        }
    }

    private static io.restassured.response.Response presence(Api.User user, long id, long segment) {
        return user.request().contentType(ContentType.JSON).body(Map.of("segmentId", segment, "editing", true))
                .post("/api/documents/{id}/languages/de/presence", id);
    }

    /**
     * An open stream holds no database connection: 60 open editors and document pages, more than the pool's 50
     * connections (Quarkus's default max-size), and saves, pages and the health check still answer at once (a held connection each made every
     * one of them wait 30 s for the pool and fail with 500). Each stream is subscribed before the next opens.
     */
    @Test
    void openStreamsDoNotHoldDatabaseConnections() throws Exception {
        long id = document();
        long segment = Api.segmentId(id, 0);
        List<EventStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                streams.add(i % 2 == 0 ? EventStream.open(root.toString(), Api.ADMIN, id, "de")
                        : EventStream.openDocument(root.toString(), Api.ADMIN, id));
                if (i % 20 == 19) {
                    Api.save(Api.ADMIN, id, "de", segment, "Gespeichert bei " + (i + 1) + " offenen Strömen.",
                            "DRAFT", i / 20).then().statusCode(200);
                }
            }
            Api.asAdmin().get("/api/documents/{id}/languages/de/translations", id).then().statusCode(200);
            Api.asAdmin().accept("text/html").get("/documents/{id}/de", id).then().statusCode(200);
            io.restassured.RestAssured.get("/q/health/ready").then().statusCode(200);
            assertEquals("Gespeichert bei 60 offenen Strömen.", streams.get(0).next(e -> "saved".equals(
                    e.getString("type")) && e.getString("text").contains("60")).getString("text"),
                    "the first stream still delivers");
        } finally {
            for (EventStream stream : streams) {
                stream.close();
            }
        }
    }

    /** The document page's stream: saves of every language, naming the language, without the text. */
    @Test
    void aLogoutEndsTheOpenStreamsOfThatSession() throws Exception {
        long id = document();
        Api.User user = Api.createUser("translator");
        String cookie = Browser.SESSION_COOKIE + "=" + Browser.submitLogin(user.username(), user.password())
                .getCookie(Browser.SESSION_COOKIE);
        try (EventStream stream = EventStream.openWithCookie(root.toString(), cookie, id, "de")) {
            // two timed pings: the session was checked and found live, so the stream went on
            stream.next(e -> "ping".equals(e.getString("type")));
            stream.next(e -> "ping".equals(e.getString("type")));

            given().header("Cookie", cookie).redirects().follow(false).post("/logout")
                    .then().statusCode(303);

            assertTrue(stream.endsSoon(), "the stream of a logged-out session ends at its next ping");
        }
    }

    @Test
    void revokingATokenEndsTheStreamsOpenedWithIt() throws Exception {
        long id = document();
        Api.User user = Api.createUser("translator");
        JsonPath token = user.request().contentType(ContentType.JSON)
                .body(Map.of("name", "live feed", "scopes", List.of("read"))).post("/api/me/tokens").then()
                .statusCode(201).extract().jsonPath();
        try (EventStream stream = EventStream.openWithToken(root.toString(), token.getString("token"), id, "de")) {
            stream.next(e -> "ping".equals(e.getString("type")));

            user.request().delete("/api/me/tokens/{id}", token.getLong("id")).then().statusCode(204);

            assertTrue(stream.endsSoon(), "the stream of a revoked token ends at its next ping");
        }
    }

    @Test
    void theDocumentStreamCarriesSavesInEveryLanguage() throws Exception {
        long id = document();
        Api.addLanguage(id, "fr");
        long segment = Api.segmentId(id, 0);
        try (EventStream stream = EventStream.openDocument(root.toString(), Api.ADMIN, id)) {
            Api.save(Api.ADMIN, id, "fr", segment, "Enregistré en direct ici.", "DRAFT", 0).then().statusCode(200);
            JsonPath french = stream.next(e -> "saved".equals(e.getString("type")));
            assertEquals("fr", french.getString("language"));
            assertEquals(segment, french.getLong("segmentId"));
            assertEquals(null, french.getString("text"), "the overview needs no text");
            Api.save(Api.ADMIN, id, "de", segment, "Live gespeichert hier.", "DRAFT", 0).then().statusCode(200);
            assertEquals("de", stream.next(e -> "saved".equals(e.getString("type"))).getString("language"));
        }
        assertProblem(Api.asAdmin().get("/api/documents/{id}/events", Long.MAX_VALUE), 404);
    }

    /** What the document page reloads when a save arrives: one language's row, fresh from the database. */
    @Test
    void theDocumentPageReloadsOneLanguageRow() {
        long id = document();
        assertTrue(languageRow(id).contains("German: 0% approved"), languageRow(id));
        for (int n = 0; n < 2; n++) {
            Api.save(Api.ADMIN, id, "de", Api.segmentId(id, n), "Live gespeichert hier.", "APPROVED", 0)
                    .then().statusCode(200);
        }
        String row = languageRow(id);
        assertTrue(row.trim().startsWith("<tr id=\"lang-de\">"), row);
        assertTrue(row.contains("German: 100% approved"), "both segments approved: " + row);
        Api.asAdmin().accept("text/html").get("/documents/{id}/progress/fr", id).then().statusCode(404);
    }

    private static String languageRow(long id) {
        return Api.asAdmin().accept("text/html").get("/documents/{id}/progress/de", id).then().statusCode(200)
                .extract().asString();
    }

    @Test
    void theStreamOfALanguageTheDocumentLacksIsNotFound() {
        long id = document();
        assertProblem(Api.asAdmin().get("/api/documents/{id}/languages/fr/events", id), 404);
        assertProblem(Api.asAdmin().contentType(ContentType.JSON).body("{}")
                .post("/api/documents/{id}/languages/de/presence", id), 400);
    }

    /**
     * Two instances sharing one PostgreSQL: a second relay, with connections of its own, hears this instance's
     * saves and is heard by this instance's stream. On H2 there is no such channel and events stay in-process.
     */
    @Test
    void eventsCrossInstancesThroughPostgresql() throws Exception {
        long id = document();
        long segment = Api.segmentId(id, 0);
        try (PgRelay other = new PgRelay(dataSource, json)) {
            if (!PgRelay.supported(dataSource)) {
                assertFalse(other.send(LiveEvent.ping(id, "de")), "without PostgreSQL nothing leaves the process");
                return;
            }
            BlockingQueue<LiveEvent> heard = new LinkedBlockingQueue<>();
            other.listen(heard::add);
            try (EventStream stream = EventStream.open(root.toString(), Api.ADMIN, id, "de")) {
                Thread.sleep(300); // the other relay's LISTEN runs on its own thread
                Api.save(Api.ADMIN, id, "de", segment, "Über die Datenbank hier.", "DRAFT", 0).then().statusCode(200);
                LiveEvent fromHere = poll(heard, id);
                assertEquals("Über die Datenbank hier.", fromHere.text());

                other.send(new LiveEvent("saved", id, "de", segment, "Von drüben.", "DRAFT", 2, "elsewhere",
                        Instant.now(), "EDITOR", null));
                JsonPath fromThere = stream.next(e -> "elsewhere".equals(e.getString("user")));
                assertEquals("Von drüben.", fromThere.getString("text"));
            }
        }
    }

    private static LiveEvent poll(BlockingQueue<LiveEvent> heard, long documentId) throws InterruptedException {
        long deadline = System.nanoTime() + EventStream.waitLimit().toNanos();
        while (System.nanoTime() < deadline) {
            LiveEvent event = heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.documentId() == documentId && "saved".equals(event.type())) {
                return event;
            }
        }
        throw new AssertionError("The other instance heard nothing");
    }

    private static long document() {
        long id = Api.importArticle("A sentence for the live stream. " + "Another sentence follows it.");
        Api.addLanguage(id, "de");
        return id;
    }
}
