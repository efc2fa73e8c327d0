package org.verso.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** The bell's stream: a person hears that their own notices changed (added, read), and nobody else's. */
@QuarkusTest
class NoticeEventsTest {

    @TestHTTPResource("/")
    URL root;

    private static void mention(Api.User author, long document, long segment, Api.User named) {
        author.request().contentType(ContentType.JSON).body(Map.of("text", "@" + named.username() + " a look?"))
                .post("/api/documents/{id}/segments/{segmentId}/comments", document, segment).then().statusCode(201);
    }

    private static boolean notices(JsonPath event) {
        return "notices".equals(event.getString("type"));
    }

    @Test
    void aPersonHearsTheirNoticesAddedAndReadAndNobodyElses() throws Exception {
        long id = Api.importArticle("The harbour reopened at noon.\n");
        long segment = Api.segmentId(id, 0);
        Api.User first = Api.createUser("translator");
        Api.User second = Api.createUser("translator");
        Api.User author = Api.createUser("editor");
        try (EventStream mine = EventStream.openNotices(root.toString(), first);
             EventStream theirs = EventStream.openNotices(root.toString(), second)) {
            mention(author, id, segment, first);
            assertEquals(first.username(), mine.next(NoticeEventsTest::notices).getString("user"));

            mention(author, id, segment, second);
            // the first "notices" the second person hears is their own: the first person's never reached them
            assertEquals(second.username(), theirs.next(NoticeEventsTest::notices).getString("user"));

            long notice = first.request().get("/api/notifications").then().statusCode(200).extract().jsonPath()
                    .getLong("[0].id");
            first.request().post("/api/notifications/{id}/read", notice).then().statusCode(204);
            assertEquals(first.username(), mine.next(NoticeEventsTest::notices).getString("user"));
        }
    }
}
