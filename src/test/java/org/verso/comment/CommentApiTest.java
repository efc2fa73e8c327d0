package org.verso.comment;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** Comments on a segment: threads, @mentions of real users, and the discussion page. */
@QuarkusTest
class CommentApiTest {

    private static final String PATH = "/api/documents/{id}/segments/{segmentId}/comments";

    @Test
    void aCommentAndItsReplyComeBackAsOneThreadWithUserTextAndTime() {
        long id = Api.importArticle("First sentence here. Second sentence there.");
        long segment = Api.segmentId(id, 0);
        Api.User translator = Api.createUser("translator");
        long question = comment(translator, id, segment, "Is this a quote?", null).then().statusCode(201)
                .extract().jsonPath().getLong("[0].id");
        comment(Api.ADMIN, id, Api.segmentId(id, 1), "Another segment.", null).then().statusCode(201);
        comment(translator, id, segment, "A second question.", null).then().statusCode(201);
        comment(Api.ADMIN, id, segment, "No, a paraphrase.", question).then().statusCode(201);

        JsonPath thread = Api.asAdmin().get(PATH, id, segment).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Is this a quote?", "No, a paraphrase.", "A second question."), thread.getList("text"));
        assertEquals(List.of(translator.username(), "admin", translator.username()), thread.getList("user"));
        assertEquals(question, thread.getLong("[1].replyTo"));
        assertEquals(3, thread.getList("at").size());
    }

    @Test
    void mentionsNameOnlyExistingUsers() {
        long id = Api.importArticle("A sentence to discuss.");
        long segment = Api.segmentId(id, 0);
        Api.User reviewer = Api.createUser("reviewer");
        JsonPath thread = comment(Api.ADMIN, id, segment, "@" + reviewer.username() + ", please check; @nobody-here"
                + " and mail@example.org are no users.", null).then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(reviewer.username()), thread.getList("[0].mentions"));

        Browser.admin().get("/documents/" + id + "/segments/" + segment + "/comments").then().statusCode(200)
                .body(containsString("<mark class=\"mention\">@" + reviewer.username() + "</mark>"));
    }

    @Test
    void anEmptyCommentOrAReplyToAnotherSegmentsCommentIsRefused() {
        long id = Api.importArticle("One sentence. Another sentence.");
        long first = Api.segmentId(id, 0);
        assertProblem(comment(Api.ADMIN, id, first, "  ", null), 400);
        long elsewhere = comment(Api.ADMIN, id, Api.segmentId(id, 1), "Here.", null).then().statusCode(201)
                .extract().jsonPath().getLong("[0].id");
        assertProblem(comment(Api.ADMIN, id, first, "Answer.", elsewhere), 404);
        assertProblem(Api.asAdmin().get(PATH, id, 999_999_999L), 404);
        long other = Api.importArticle("A sentence of another article.");
        assertProblem(Api.asAdmin().get(PATH, other, first), 404); // a segment, but of another document
    }

    @Test
    void thePageFormAddsACommentAndTheEditorCountsIt() {
        long id = Api.importArticle("A sentence for the form.");
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Browser admin = Browser.admin();
        admin.post("/documents/" + id + "/segments/" + segment + "/comments?lang=de", "text", "Check the name.")
                .then().statusCode(303);
        admin.get("/documents/" + id + "/de").then().statusCode(200).body(containsString("Comments (1)"));
    }

    private static Response comment(Api.User user, long id, long segment, String text, Long replyTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (replyTo != null) {
            body.put("replyTo", replyTo);
        }
        return user.request().contentType(ContentType.JSON).body(body).post(PATH, id, segment);
    }
}
