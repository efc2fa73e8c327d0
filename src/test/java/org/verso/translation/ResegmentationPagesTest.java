package org.verso.translation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.verso.web.Browser.count;
import static org.verso.web.Browser.locationPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.web.Newsroom;

/** Splitting and joining segments from the editor page, by plain form and by htmx. */
@QuarkusTest
class ResegmentationPagesTest {

    /** Paragraph 0 has three sentences (segments 0–2), paragraph 1 one (segment 3). */
    private static final String LIBRARY = """
            The library opened a reading room. Children came after school. Volunteers read aloud.

            Entry is free on weekdays.
            """;
    private static final String CHILDREN = "Children came after school.";

    private Browser admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = Browser.admin();
    }

    @Test
    void plainFormSplitRedirectsBackToTheSplitRow() {
        long id = articleInRussian();
        long children = Newsroom.segmentIds(id).get(1);

        Response response = admin.post(segment(id, children) + "/split?status=all&page=1", "offset",
                String.valueOf(CHILDREN.indexOf("after")));

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), startsWith("/documents/" + id + "/ru?"));
        assertThat(locationPath(response), endsWith("#seg-" + children));
        assertThat(Newsroom.segmentIds(id).size(), is(5));
    }

    @Test
    void plainFormJoinRedirectsBackToTheJoinedRow() {
        long id = articleInRussian();
        long children = Newsroom.segmentIds(id).get(1);

        Response response = admin.post(segment(id, children) + "/join?status=all&page=1");

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), endsWith("#seg-" + children));
        assertThat(Newsroom.segmentIds(id).size(), is(3));
    }

    @Test
    void htmxSplitAsksForTheWholePageAgain() {
        long id = articleInRussian();
        long children = Newsroom.segmentIds(id).get(1);

        Response response = admin.viaHtmx().post(segment(id, children) + "/split", "offset",
                String.valueOf(CHILDREN.indexOf("after")));

        assertThat(response.statusCode(), is(200));
        assertThat(response.header("HX-Refresh"), equalTo("true"));
    }

    @Test
    void joinIsOfferedOnlyWhereTheNextSegmentIsInTheSameParagraph() {
        long id = articleInRussian();

        String html = admin.get("/documents/" + id + "/ru").then().statusCode(200).extract().asString();

        assertThat(count(html, ">Join with next</button>"), is(2));
        assertThat(html, containsString("aria-label=\"Join segment 2 with the next\""));
        assertThat(html, not(containsString("aria-label=\"Join segment 3 with the next\"")));
        assertThat(html, not(containsString("aria-label=\"Join segment 4 with the next\"")));
    }

    @Test
    void everyTranslatableRowHasALabelledSplitControl() {
        long id = articleInRussian();

        String html = admin.get("/documents/" + id + "/ru").then().statusCode(200).extract().asString();

        assertThat(count(html, "<label>Split source at character <input type=\"number\" name=\"offset\""), is(4));
        assertThat(html, containsString("aria-label=\"Split segment 4 here\""));
    }

    @Test
    void splitInsideAWordShowsTheReasonOnAnErrorPage() {
        long id = articleInRussian();
        long children = Newsroom.segmentIds(id).get(1);

        Response response = admin.post(segment(id, children) + "/split", "offset",
                String.valueOf(CHILDREN.indexOf("ldren")));

        assertThat(response.statusCode(), is(400));
        assertThat(response.asString(), containsString("falls inside a word"));
        assertThat(Newsroom.segmentIds(id).size(), is(4));
    }

    @Test
    void htmxJoinAcrossParagraphsAnswersAFlashMessage() {
        long id = articleInRussian();
        List<Long> segments = Newsroom.segmentIds(id);

        Response response = admin.viaHtmx().post(segment(id, segments.get(2)) + "/join");

        assertThat(response.statusCode(), is(409));
        assertThat(response.header("HX-Retarget"), equalTo("#flash"));
        assertThat(response.asString(), containsString("never cross a paragraph"));
    }

    private static long articleInRussian() {
        long id = Api.importArticle(LIBRARY);
        Newsroom.addLanguage(id, "ru");
        return id;
    }

    private static String segment(long id, long segmentId) {
        return "/documents/" + id + "/ru/segments/" + segmentId;
    }
}
