package org.verso.translation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.verso.web.Browser.count;
import static org.verso.web.Browser.locationPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.web.Browser;
import org.verso.web.Newsroom;

/** The editor page: text direction, saving by plain form and by htmx, conflicts, permissions, paging, filters. */
@QuarkusTest
class EditorPagesTest {

    private static final String ROW = "<article class=\"seg";
    private static final Pattern TEXTAREA = Pattern.compile("<textarea name=\"text\"[^>]*>");

    private Browser admin;

    @BeforeEach
    void logInAsAdmin() {
        admin = Browser.admin();
    }

    @Test
    void persianEditorWritesRightToLeftInPersian() {
        long id = articleIn("fa");

        List<String> textareas = translationTextareas(admin.get(editor(id, "fa")).then().statusCode(200)
                .extract().asString());

        assertThat(textareas.size(), is(Newsroom.segmentIds(id).size()));
        assertThat(textareas, everyItem(containsString("dir=\"rtl\"")));
        assertThat(textareas, everyItem(containsString("lang=\"fa\"")));
    }

    @Test
    void russianEditorLeavesTheDirectionToTheBrowser() {
        long id = articleIn("ru");

        List<String> textareas = translationTextareas(admin.get(editor(id, "ru")).asString());

        assertThat(textareas.isEmpty(), is(false));
        assertThat(textareas, everyItem(containsString("dir=\"auto\"")));
        assertThat(textareas, everyItem(containsString("lang=\"ru\"")));
    }

    @Test
    void sourceSideCarriesTheSourceLanguage() {
        long id = articleIn("fa");

        String html = admin.get(editor(id, "fa")).asString();

        assertThat(html, containsString("<div class=\"source\" lang=\"en\" dir=\"auto\">"));
    }

    @Test
    void plainFormSaveRedirectsBackToTheSavedRow() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);

        Response response = admin.post(save(id, "fa", segment), "text", "کشتی شبانه", "version", "0",
                "action", "confirm");

        assertThat(response.statusCode(), is(303));
        assertThat(locationPath(response), startsWith(editor(id, "fa")));
        assertThat(locationPath(response), endsWith("#seg-" + segment));
        assertThat(Newsroom.translation(id, "fa", segment).status(), equalTo("TRANSLATED"));
    }

    @Test
    void htmxSaveAnswersTheRowAndAnOutOfBandProgressBar() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);

        Response response = admin.viaHtmx().post(save(id, "fa", segment), "text", "کشتی شبانه", "version", "0",
                "action", "confirm");

        assertThat(response.statusCode(), is(200));
        String html = response.asString();
        assertThat(html, not(containsString("<html")));
        assertThat(html, containsString("id=\"seg-" + segment + "\""));
        assertThat(html, containsString("status-translated"));
        assertThat(html, containsString(">translated</span>"));
        assertThat(html, matchesPattern(Pattern.compile(".*<div id=\"progress\"[^>]*hx-swap-oob=\"true\".*",
                Pattern.DOTALL)));
    }

    @Test
    void staleSaveShowsBothTextsAndKeepsTheNewerOne() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);
        admin.post(save(id, "fa", segment), "text", "متن اول", "version", "0", "action", "confirm")
                .then().statusCode(303);

        Response response = admin.post(save(id, "fa", segment), "text", "متن دوم", "version", "0",
                "action", "confirm");

        assertThat(response.statusCode(), is(409));
        String html = response.asString();
        assertThat(html, containsString("<html"));
        assertThat(html, containsString("Your text"));
        assertThat(html, containsString("متن دوم"));
        assertThat(html, containsString("متن اول"));
        assertThat(Newsroom.translation(id, "fa", segment).text(), equalTo("متن اول"));
    }

    @Test
    void staleHtmxSaveAnswersOnlyTheConflictPanel() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);
        admin.post(save(id, "fa", segment), "text", "متن اول", "version", "0", "action", "confirm")
                .then().statusCode(303);

        Response response = admin.viaHtmx().post(save(id, "fa", segment), "text", "متن دوم", "version", "0",
                "action", "confirm");

        assertThat(response.statusCode(), is(409));
        String html = response.asString().strip();
        assertThat(html, startsWith("<article class=\"seg conflict\" id=\"seg-" + segment + "\""));
        assertThat(html, containsString("Your text"));
        assertThat(html, containsString("متن دوم"));
        assertThat(html, not(containsString("<html")));
        assertThat(Newsroom.translation(id, "fa", segment).text(), equalTo("متن اول"));
    }

    @Test
    void translatorApprovingGetsA403PageInTheLayout() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);
        Browser translator = Newsroom.newUser("translator").logIn();

        Response response = translator.post(save(id, "fa", segment), "text", "تأیید", "version", "0",
                "action", "approve");

        assertThat(response.statusCode(), is(403));
        String html = response.asString();
        assertThat(html, containsString("<html"));
        assertThat(html, containsString("Verso"));
        assertThat(html, containsString("Only reviewers and admins"));
        assertThat(html, not(containsString("Exception")));
        assertThat(Newsroom.translation(id, "fa", segment).status(), equalTo("NEW"));
    }

    @Test
    void translatorApprovingViaHtmxGetsAFlashRetargetedToTheFlashArea() {
        long id = articleIn("fa");
        long segment = Newsroom.firstSegment(id);
        Browser translator = Newsroom.newUser("translator").logIn().viaHtmx();

        Response response = translator.post(save(id, "fa", segment), "text", "تأیید", "version", "0",
                "action", "approve");

        assertThat(response.statusCode(), is(403));
        assertThat(response.header("HX-Retarget"), equalTo("#flash"));
        String html = response.asString();
        assertThat(html, containsString("role=\"alert\""));
        assertThat(html, containsString("Only reviewers and admins"));
        assertThat(html, not(containsString("<html")));
    }

    @Test
    void firstEditorPageOfALongArticleShowsFiftyRows() {
        long id = longArticleIn("fa");

        String html = admin.get(editor(id, "fa")).then().statusCode(200).extract().asString();

        assertThat(count(html, ROW), is(50));
        assertThat(html, containsString("Page 1 of 3"));
    }

    @Test
    void lastEditorPageOfALongArticleShowsTheRemainingTwenty() {
        long id = longArticleIn("fa");

        String html = admin.get(editor(id, "fa") + "?page=3").then().statusCode(200).extract().asString();

        assertThat(count(html, ROW), is(20));
        assertThat(html, containsString("station number 120 "));
        assertThat(html, not(containsString("station number 100 ")));
    }

    @Test
    void untranslatedFilterShowsOnlyNewSegments() {
        long id = articleIn("fa");
        List<Long> segments = Newsroom.segmentIds(id);
        long saved = segments.get(0);
        admin.post(save(id, "fa", saved), "text", "ترجمه", "version", "0", "action", "draft").then().statusCode(303);

        String html = admin.get(editor(id, "fa") + "?status=untranslated").then().statusCode(200).extract()
                .asString();

        assertThat(html, not(containsString("id=\"seg-" + saved + "\"")));
        assertThat(count(html, ROW), is(segments.size() - 1));
        assertThat(count(html, ROW + " status-new"), is(segments.size() - 1));
    }

    private static long articleIn(String target) {
        long id = Newsroom.importShortArticle();
        Newsroom.addLanguage(id, target);
        return id;
    }

    private static long longArticleIn(String target) {
        long id = Newsroom.importArticle(Newsroom.unique("Tram"), "en", Newsroom.numberedStops(120));
        assertThat("one segment per paragraph", Newsroom.segmentIds(id).size(), is(120));
        Newsroom.addLanguage(id, target);
        return id;
    }

    private static String editor(long id, String language) {
        return "/documents/" + id + "/" + language;
    }

    private static String save(long id, String language, long segmentId) {
        return editor(id, language) + "/segments/" + segmentId;
    }

    private static List<String> translationTextareas(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = TEXTAREA.matcher(html);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
